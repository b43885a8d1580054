using Mingle.Insights;
using Mingle.Network;

namespace Mingle.Tests.Insights;

public class RoleDetectionTests
{
    /// <summary>
    /// Five departments of eight: A, B, C and E are cliques with two ordinary ties between each pair of them; D keeps to
    /// itself (a silo). In A, the broker has one tie into each of B, C and E; in A a newcomer has one tie; in C the
    /// expert is asked for help by seven people from other departments.
    /// </summary>
    static (Planted Org, int Broker, int Newcomer, int Expert, int[] Departments) Organisation()
    {
        var org = new Planted();
        var root = org.Unit("Company");
        var names = new[] { "A", "B", "C", "D", "E" };
        var units = names.Select(n => org.Unit(n, root)).ToArray();
        var first = units.Select(u => org.People(u, 8)).ToArray();
        var newcomer = org.People(units[0], 1);
        foreach (var f in first) org.Clique(f, 8);
        int[] open = [0, 1, 2, 4];
        foreach (var i in open)
            foreach (var j in open)
            {
                if (j <= i) continue;
                org.Tie(first[i] + 5, first[j] + 6);
                org.Tie(first[i] + 6, first[j] + 5);
            }
        var broker = first[0];
        org.Tie(broker, first[1] + 1);
        org.Tie(broker, first[2] + 1);
        org.Tie(broker, first[4] + 1);
        org.Tie(newcomer, first[0] + 3);
        var expert = first[2] + 2;
        foreach (var seeker in new[] { first[0] + 2, first[0] + 4, first[1] + 2, first[1] + 3, first[1] + 4, first[4] + 2, first[4] + 3 })
            org.Tie(expert, seeker, InteractionType.HelpGiven);
        return (org, broker, newcomer, expert, units);
    }

    [Fact]
    public void PlantedOrganisation_FindsTheBrokerSpannerPeripheralAndOverloaded()
    {
        var (org, broker, newcomer, expert, _) = Organisation();
        var insights = org.Compute();
        var roles = insights.Roles;

        Assert.True(roles[broker].HasFlag(NetworkRole.InformationBroker));
        Assert.True(roles[broker].HasFlag(NetworkRole.BoundarySpanner));
        Assert.Equal([newcomer], Enumerable.Range(0, org.Count).Where(p => roles[p].HasFlag(NetworkRole.Peripheral)));
        Assert.Equal([expert], Enumerable.Range(0, org.Count).Where(p => roles[p].HasFlag(NetworkRole.Overloaded)));
        Assert.True(roles[expert].HasFlag(NetworkRole.CentralConnector)); // 7 teammates + 7 seekers
        // Nobody in the silo department brokers, spans or connects.
        for (var p = 24; p < 32; p++) Assert.Equal(NetworkRole.None, roles[p]);
    }

    [Fact]
    public void PlantedOrganisation_SiloDepartmentTopsTheSiloList()
    {
        var (org, _, _, _, units) = Organisation();
        var insights = org.Compute();

        var silos = InsightsService.Silos(insights, new GroupListing(GroupKind.Unit, 1), "department", 10);

        Assert.Equal(0, silos.Suppressed);
        var top4 = silos.Pairs.Take(4).ToList();
        Assert.All(top4, p => Assert.True(p.NameA == "D" || p.NameB == "D"));
        Assert.All(top4, p => Assert.True(p.BarelyTalk));
        Assert.All(silos.Pairs.Skip(4), p => Assert.False(p.BarelyTalk));
        Assert.Equal("D", silos.Units[0].Name);
        Assert.Equal(-1, silos.Units[0].EIIndex);
        var list = new InsightsService(null!, TimeProvider.System, new InsightsOptions(), null!, null!)
            .Groups(insights, new GroupListing(GroupKind.Unit, 1), "department", null);
        var d = list.Items.Single(i => i.Name == "D");
        Assert.Equal(8, d.Size);
        Assert.Equal(1.0, d.Density);
        Assert.Equal(0, d.Breadth);
        Assert.Equal(1, list.Items.Single(i => i.Name == "A").Roles["peripheral"]);
        Assert.Equal(insights.Org.Units[units[3]].Id, d.UnitId);
    }
}
