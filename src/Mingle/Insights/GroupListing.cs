namespace Mingle.Insights;

/// <summary>A set of disjoint groups to list side by side: units at one depth (optionally within one location), locations, or level bands.</summary>
public sealed record GroupListing(GroupKind Kind, int Depth = -1, int Location = -1)
{
    /// <summary>The listed group each person falls in, or null.</summary>
    public GroupKey? GroupOf(OrgStructure org, int person)
    {
        switch (Kind)
        {
            case GroupKind.Unit:
                var u = org.UnitAt(person, Depth);
                if (u < 0) return null;
                if (Location < 0) return GroupKey.OfUnit(u);
                return org.PersonLocation[person] == Location ? GroupKey.OfUnitAt(u, Location) : null;
            case GroupKind.Location:
                return org.PersonLocation[person] is >= 0 and var l ? GroupKey.OfLocation(l) : null;
            case GroupKind.Band:
                return org.PersonBand[person] is >= 0 and var b ? GroupKey.OfBand(b) : null;
            default:
                return null;
        }
    }
}
