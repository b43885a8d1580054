namespace Mingle.Insights;

/// <summary>
/// The formal structure the network is compared with, over dense indexes: units (a tree), locations and level
/// bands, and each person's place in them. Groups are always taken from today's structure, so a group has the
/// same members in every window and consecutive windows cannot be differenced to isolate a person.
/// </summary>
public sealed class OrgStructure
{
    public static IReadOnlyList<string> BandNames { get; } = ["levels 1–2", "levels 3–4", "levels 5–6", "levels 7–8", "levels 9–10"];

    public OrgStructure(int[] personIds, int[] personUnit, int[] personLocation, int[] personLevel,
        UnitInfo[] units, LocationInfo[] locations)
    {
        PersonIds = personIds;
        PersonUnit = personUnit;
        PersonLocation = personLocation;
        PersonBand = Array.ConvertAll(personLevel, l => l <= 0 ? -1 : Math.Clamp((l - 1) / 2, 0, BandNames.Count - 1));
        Units = units;
        Locations = locations;
        MaxDepth = units.Length == 0 ? 0 : units.Max(u => u.Depth);
        Ancestors = new int[units.Length][];
        for (var u = 0; u < units.Length; u++)
        {
            var chain = new List<int>();
            for (var a = u; a >= 0; a = units[a].Parent) chain.Add(a);
            chain.Reverse();
            Ancestors[u] = [.. chain];
        }
    }

    public int[] PersonIds { get; }

    /// <summary>Unit index per person, -1 without a unit.</summary>
    public int[] PersonUnit { get; }

    public int[] PersonLocation { get; }

    public int[] PersonBand { get; }

    public UnitInfo[] Units { get; }

    public LocationInfo[] Locations { get; }

    public int MaxDepth { get; }

    /// <summary>Per unit: its chain from the root down to itself, so Ancestors[u][d] is its ancestor at depth d.</summary>
    public int[][] Ancestors { get; }

    public int PeopleCount => PersonIds.Length;

    /// <summary>The unit at <paramref name="depth"/> a person belongs to, or -1 when their unit is shallower or missing.</summary>
    public int UnitAt(int person, int depth)
    {
        var u = PersonUnit[person];
        if (u < 0) return -1;
        var chain = Ancestors[u];
        return depth < chain.Length ? chain[depth] : -1;
    }

    /// <summary>
    /// A partition of everyone for modularity, breadth and E-I: the unit at <paramref name="depth"/>, or the person's own
    /// unit when it is shallower (a division head belongs to their division), or one shared label for people without a unit.
    /// </summary>
    public int[] PartitionAt(int depth)
    {
        var labels = new int[PeopleCount];
        for (var p = 0; p < labels.Length; p++)
        {
            var u = PersonUnit[p];
            labels[p] = u < 0 ? Units.Length : Ancestors[u][Math.Min(depth, Ancestors[u].Length - 1)];
        }
        return labels;
    }

    public static int DepthOf(string level) => level.Trim().ToLowerInvariant() switch
    {
        "division" => 0,
        "department" => 1,
        "team" => 2,
        _ => -1,
    };
}

public sealed record UnitInfo(int Id, string Name, string Path, int Parent, int Depth);

public sealed record LocationInfo(int Id, string Name);
