using Mingle.Network;

namespace Mingle.Demo;

/// <summary>
/// One row of someone's demo Rolodex, compact so a 200,000-person organisation's few million entries stay small:
/// the texts are indexes into <see cref="DemoPersonalNetworks"/>' catalogues, <see cref="Where"/> is a location
/// index (or <see cref="DemoPersonalNetworks.NoWhere"/> / <see cref="DemoPersonalNetworks.VideoCall"/>), days are
/// <see cref="DateOnly.DayNumber"/>s (<see cref="MetDay"/> 0 when unknown) and <see cref="CadenceDays"/> 0 means none.
/// </summary>
public readonly record struct DemoNetworkEntry(int Owner, int Person, NetworkEntryKind Kind, byte How, short Where,
    byte Tags, byte Notes, short CadenceDays, int MetDay, int AddedDay);
