namespace Mingle.Demo;

/// <summary>
/// An org unit of the demo; <see cref="Parent"/> and <see cref="Head"/> are indexes (-1 for none) into the
/// organisation's units and people. A unit's people are a contiguous index range, head first.
/// </summary>
public sealed record DemoUnit(string Name, string Path, int Parent, int Depth, string Function, int Head,
    int FirstPerson, int PersonCount, bool IsSilo);
