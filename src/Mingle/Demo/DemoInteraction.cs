using Mingle.Network;

namespace Mingle.Demo;

/// <summary>
/// One aggregated row of collaboration metadata (a pair's meetings or messages in one week): 20 bytes, so five
/// million fit in 100 MB. <see cref="Minute"/> counts minutes from the organisation's window start (UTC).
/// </summary>
public readonly record struct DemoInteraction(int From, int To, InteractionType Type, int Minute, short Count);
