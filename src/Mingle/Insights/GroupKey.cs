namespace Mingle.Insights;

/// <summary>A group insights can be shown for: the organisation, a unit, a location, a level band, or a unit within one location.</summary>
public readonly record struct GroupKey(GroupKind Kind, int Unit = -1, int Location = -1, int Band = -1)
{
    public static GroupKey Organisation { get; } = new(GroupKind.Organisation);

    public static GroupKey OfUnit(int unit) => new(GroupKind.Unit, Unit: unit);

    public static GroupKey OfLocation(int location) => new(GroupKind.Location, Location: location);

    public static GroupKey OfBand(int band) => new(GroupKind.Band, Band: band);

    public static GroupKey OfUnitAt(int unit, int location) => new(GroupKind.UnitAtLocation, Unit: unit, Location: location);
}

public enum GroupKind
{
    Organisation,
    Unit,
    Location,
    Band,
    UnitAtLocation,
}
