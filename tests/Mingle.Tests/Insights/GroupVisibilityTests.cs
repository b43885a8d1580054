using Microsoft.Extensions.Configuration;
using Mingle.Insights;

namespace Mingle.Tests.Insights;

public class GroupVisibilityTests
{
    [Fact]
    public void SmallGroups_AndGroupsThatLeaveAFewPeopleOver_AreSuppressed()
    {
        // Div: a head, department X (a head, team T1 of 6, team T2 of 4) and department Y of 7.
        var org = new Planted();
        var div = org.Unit("Div");
        var x = org.Unit("X", div);
        var y = org.Unit("Y", div);
        var t1 = org.Unit("T1", x);
        var t2 = org.Unit("T2", x);
        org.People(div, 1);
        org.People(x, 1);
        org.People(t1, 6);
        org.People(t2, 4);
        org.People(y, 7);

        var v = new GroupVisibility(org.Org(), 5);

        Assert.True(v.IsVisible(GroupKey.Organisation));
        Assert.True(v.IsVisible(GroupKey.OfUnit(div)));
        Assert.False(v.IsVisible(GroupKey.OfUnit(t2))); // 4 < k
        Assert.True(v.IsVisible(GroupKey.OfUnit(t1))); // X − T1 = 5 people
        Assert.True(v.IsVisible(GroupKey.OfUnit(x)));
        // Div − X − Y would be the division head alone: one of them goes, the smaller.
        Assert.False(v.IsVisible(GroupKey.OfUnit(y)));
    }

    [Fact]
    public void MinGroupSizeBelowFive_IsIgnored()
    {
        Assert.Equal(5, new InsightsOptions { MinGroupSize = 2 }.K);
        Assert.Equal(8, new InsightsOptions { MinGroupSize = 8 }.K);
        var config = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Insights:MinGroupSize"] = "3" }).Build();
        Assert.Equal(5, InsightsOptions.From(config).K);
    }

    [Fact]
    public void LocationSlice_ThatLeavesFewerThanKOfTheUnit_IsSuppressed()
    {
        var org = new Planted();
        var root = org.Unit("Company");
        var u = org.Unit("U", root);
        var w = org.Unit("W", root);
        org.People(u, 6, location: 0);
        org.People(u, 4, location: 1);
        org.People(w, 10, location: 1);

        var v = new GroupVisibility(org.Org(locations: 2), 5);

        Assert.True(v.IsVisible(GroupKey.OfUnit(u)));
        Assert.False(v.IsVisible(GroupKey.OfUnitAt(u, 1)));
        Assert.False(v.IsVisible(GroupKey.OfUnitAt(u, 0))); // U minus it would be the 4 people of site 2
        // Site 2 minus W's people there would be U's 4 people at site 2.
        Assert.False(v.IsVisible(GroupKey.OfUnitAt(w, 1)));
        // W is exactly W at site 2 (same people), so it shares that decision: else "site 2 − W" gives U's 4 again.
        Assert.False(v.IsVisible(GroupKey.OfUnit(w)));
        Assert.True(v.IsVisible(GroupKey.OfLocation(1)));
    }

    [Fact]
    public void TinyOrganisation_ShowsNothing()
    {
        var org = new Planted();
        org.People(org.Unit("Only"), 4);
        var v = new GroupVisibility(org.Org(), 5);
        Assert.False(v.IsVisible(GroupKey.Organisation));
    }
}
