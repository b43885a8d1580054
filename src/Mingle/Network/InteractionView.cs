using Mingle.People;

namespace Mingle.Network;

/// <summary>
/// One interaction in my log, from my point of view: <see cref="Direction"/> is "mutual", "given" (from me) or
/// "received" (to me); <see cref="Source"/> is "logged" or "platform".
/// </summary>
public sealed record InteractionView(
    long Id, PersonSummary Person, string Type, string Direction, DateOnly Date, string? Note, string Source);
