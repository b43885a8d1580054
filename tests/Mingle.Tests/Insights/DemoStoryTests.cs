using Mingle.Demo;
using Mingle.Insights;

namespace Mingle.Tests.Insights;

/// <summary>
/// The demo organisation must tell a true story on the dashboard: the departments the generator makes near-silos
/// top the silo list, and the people it makes bridges show up as boundary spanners and brokers.
/// </summary>
public class DemoStoryTests
{
    static NetworkInsights Analyse(DemoOrganisation demo, int windowDays)
    {
        var units = demo.Units.Select((u, i) => new UnitInfo(i + 1, u.Name, u.Path, u.Parent, u.Depth)).ToArray();
        var org = new OrgStructure([.. Enumerable.Range(1, demo.PeopleCount)], demo.UnitOf, demo.LocationOf,
            [.. demo.Levels.Select(l => (int)l)], units, [.. demo.Locations.Select((l, i) => new LocationInfo(i + 1, l.Name))]);
        var end = demo.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ties = new TieAccumulator(demo.PeopleCount, windowDays, new InsightsOptions());
        foreach (var i in demo.Interactions)
        {
            var age = (end - demo.OccurredAt(i)).TotalDays;
            if (age < 0 || age >= windowDays) continue;
            ties.AddInteraction(i.From, i.To, (int)age, i.Type);
        }
        return NetworkInsights.Compute(org, ties.Build(), windowDays, end, 5, CancellationToken.None);
    }

    [Fact]
    public void DemoOrganisation_SiloDepartmentsTopTheSiloList_AndBridgesAreSpannersOrBrokers()
    {
        var demo = DemoOrganisation.Generate(1000, 42, 26, new DateOnly(2026, 11, 23));
        var insights = Analyse(demo, 90);
        var siloDepartments = demo.Units.Where(u => u.Depth == 1 && u.IsSilo).Select(u => u.Name).ToHashSet();
        Assert.NotEmpty(siloDepartments);
        Assert.Equal(0, InsightsService.Silos(insights, new GroupListing(GroupKind.Unit, 1), "department", 1).Suppressed); // every department is shown

        var report = InsightsService.Silos(insights, new GroupListing(GroupKind.Unit, 1), "department", 100);

        var top = report.Units.Take(siloDepartments.Count).Select(u => u.Name).ToHashSet();
        Assert.Equal(siloDepartments, top);
        var siloPairs = report.Pairs.Where(p => p.BarelyTalk).ToList();
        Assert.NotEmpty(siloPairs);
        Assert.All(report.Pairs.Take(5), p => Assert.True(siloDepartments.Contains(p.NameA) || siloDepartments.Contains(p.NameB), $"{p.NameA}–{p.NameB}"));

        var bridging = NetworkRole.BoundarySpanner | NetworkRole.InformationBroker;
        var bridgeShare = demo.Bridges.Count(b => (insights.Roles[b] & bridging) != 0) / (double)demo.Bridges.Length;
        var overallShare = insights.Roles.Count(r => (r & bridging) != 0) / (double)demo.PeopleCount;
        Assert.True(bridgeShare >= 0.6, $"bridges that span or broker: {bridgeShare:P0}");
        Assert.True(bridgeShare > 3 * overallShare, $"bridges {bridgeShare:P0} vs everyone {overallShare:P0}");
        Assert.InRange(insights.Summary.Nmi, 0.3, 1); // the informal structure broadly follows the org chart
    }
}
