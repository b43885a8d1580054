using Mingle.Insights;
using Mingle.Network;

namespace Mingle.Tests.Insights;

/// <summary>
/// Small organisations built straight into <see cref="OrgStructure"/> and <see cref="TieSet"/>, without a database:
/// units are given as (name, parent index), people as unit index per person.
/// </summary>
internal sealed class Planted
{
    readonly List<UnitInfo> units = [];
    readonly List<int> unitOf = [];
    readonly List<int> locationOf = [];
    readonly List<(int A, int B, InteractionType Type)> pairs = [];

    public int Unit(string name, int parent = -1)
    {
        var depth = parent < 0 ? 0 : units[parent].Depth + 1;
        var path = parent < 0 ? name : units[parent].Path + "/" + name;
        units.Add(new UnitInfo(units.Count + 100, name, path, parent, depth));
        return units.Count - 1;
    }

    /// <summary>Adds <paramref name="count"/> people to a unit; returns the first one's index.</summary>
    public int People(int unit, int count, int location = -1)
    {
        var first = unitOf.Count;
        for (var i = 0; i < count; i++)
        {
            unitOf.Add(unit);
            locationOf.Add(location);
        }
        return first;
    }

    public void Clique(int first, int count)
    {
        for (var a = first; a < first + count; a++)
            for (var b = a + 1; b < first + count; b++) Tie(a, b);
    }

    /// <summary>A tie: two interactions a few days apart.</summary>
    public void Tie(int a, int b, InteractionType type = InteractionType.Meeting) => pairs.Add((a, b, type));

    public int Count => unitOf.Count;

    public OrgStructure Org(int locations = 0) => new(
        [.. Enumerable.Range(1, unitOf.Count)], [.. unitOf], [.. locationOf], new int[unitOf.Count], [.. units],
        [.. Enumerable.Range(0, locations).Select(l => new LocationInfo(l + 1, $"Site {l + 1}"))]);

    public TieSet Ties()
    {
        var acc = new TieAccumulator(unitOf.Count, 90, new InsightsOptions());
        foreach (var (a, b, type) in pairs)
        {
            acc.AddInteraction(a, b, 3, type);
            acc.AddInteraction(a, b, 10, type);
        }
        return acc.Build();
    }

    public NetworkInsights Compute(int k = 5, int locations = 0) =>
        NetworkInsights.Compute(Org(locations), Ties(), 90, new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc), k, CancellationToken.None);
}
