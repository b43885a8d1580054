using System.Net.Http.Json;
using System.Text.Json;
using Mingle.Network;
using Mingle.People;
using Mingle.Web.Tests.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Reach;

/// <summary>
/// A small organisation computed by hand. Everyone but me: Eng/Platform 5 (Lisbon, level 5), Sales/Nordics 5
/// (Oslo, level 7), Eng/Data 2 (Lisbon, level 4). I am in Eng/Platform at level 5; my network is two Platform
/// teammates (P1, P2) and one Data engineer (D1).
/// </summary>
public class ReachApiTests
{
    sealed record Org(MingleApp App, Person Me, Person P1, Person P2, Person D1, Person S1, HttpClient AsMe);

    static async Task<Org> BuildAsync(MingleApp app)
    {
        var me = await app.AddAsync(A.Person("Me").InUnit("Eng/Platform").At("Lisbon").AtLevel(5));
        var platform = new List<Person>();
        for (var i = 1; i <= 5; i++) platform.Add(await app.AddAsync(A.Person($"P{i}").InUnit("Eng/Platform").At("Lisbon").AtLevel(5)));
        var sales = new List<Person>();
        for (var i = 1; i <= 5; i++) sales.Add(await app.AddAsync(A.Person($"S{i}").InUnit("Sales/Nordics").At("Oslo").AtLevel(7)));
        var d1 = await app.AddAsync(A.Person("D1").InUnit("Eng/Data").At("Lisbon").AtLevel(4));
        await app.AddAsync(A.Person("D2").InUnit("Eng/Data").At("Lisbon").AtLevel(4));
        await app.AddAsync(A.Person("Gone").InUnit("Sales/Nordics").At("Oslo").AtLevel(9).WhoLeft()); // left: counts nowhere
        var asMe = await app.ClientForAsync(me);
        foreach (var p in new[] { platform[0], platform[1], d1 }) await asMe.AddContactAsync(p);
        return new Org(app, me, platform[0], platform[1], d1, sales[0], asMe);
    }

    static JsonElement Dimension(JsonElement report, string name) =>
        report.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("name").GetString() == name);

    static JsonElement Share(JsonElement dimension, string group) =>
        dimension.GetProperty("shares").EnumerateArray().Single(s => s.GetProperty("group").GetString() == group);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Diversity_SpreadScoresAndSuggestions_MatchTheHandComputedValues(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await BuildAsync(app);

        var report = await org.AsMe.GetFromJsonAsync<JsonElement>("/api/me/diversity");

        Assert.Equal(3, report.GetProperty("ties").GetInt32());
        // Function: all three in Eng out of K = 2 functions → 0; the organisation (7 Eng, 5 Sales) scores 0.979869.
        var function = Dimension(report, "function");
        Assert.Equal(0, function.GetProperty("score").GetDouble());
        Assert.Equal(0.9799, function.GetProperty("organisationScore").GetDouble(), 4);
        Assert.Equal(1.0, Share(function, "Eng").GetProperty("share").GetDouble());
        Assert.Equal(0.5833, Share(function, "Eng").GetProperty("organisationShare").GetDouble(), 4); // 7/12
        // Unit: 2 Platform + 1 Data out of K = 3 departments → 0.579380; Blau 4/9.
        var unit = Dimension(report, "unit");
        Assert.Equal(0.5794, unit.GetProperty("score").GetDouble(), 4);
        Assert.Equal(0.4444, unit.GetProperty("blau").GetDouble(), 4);
        Assert.Equal(0.9359, unit.GetProperty("organisationScore").GetDouble(), 4); // shares 5/12, 5/12, 2/12
        // Eng / Data has 2 people, under the minimum group size: its organisation share is not shown.
        Assert.Equal(JsonValueKind.Null, Share(unit, "Eng / Data").GetProperty("organisationShare").ValueKind);
        Assert.Equal(1, Share(unit, "Eng / Data").GetProperty("ties").GetInt32());
        Assert.Equal(0, Dimension(report, "location").GetProperty("score").GetDouble());
        // Level relative to mine (5): two peers, one a level below; the organisation also has people two levels up.
        var level = Dimension(report, "level");
        Assert.Equal(0.5794, level.GetProperty("score").GetDouble(), 4);
        Assert.Equal(2, Share(level, "same level").GetProperty("ties").GetInt32());
        Assert.Equal(1, Share(level, "1 level below").GetProperty("ties").GetInt32());
        Assert.Equal(0, Share(level, "2+ levels above").GetProperty("ties").GetInt32());
        Assert.Equal((1, 2), (report.GetProperty("vertical").GetInt32(), report.GetProperty("horizontal").GetInt32()));
        Assert.Equal(0, Dimension(report, "tenure").GetProperty("known").GetInt32()); // no hire dates: left out of the score
        Assert.Equal(0.2897, report.GetProperty("score").GetDouble(), 4); // mean of 0, 0.5794, 0, 0.5794

        var suggestions = report.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("No one in Sales (42% of the organisation).", suggestions);
        Assert.Contains("No one in Sales / Nordics (42% of the organisation).", suggestions);
        Assert.Contains("No one in Oslo (42% of the organisation).", suggestions);
        Assert.Contains("No one two or more levels above you.", suggestions);
        Assert.DoesNotContain(suggestions, s => s!.Contains("Data", StringComparison.Ordinal)); // too small to suggest, and covered
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Diversity_OfAnEmptyNetwork_SaysSo(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var loner = await app.AddAsync(A.Person("Loner"));
        var report = await (await app.ClientForAsync(loner)).GetFromJsonAsync<JsonElement>("/api/me/diversity");
        Assert.Equal(0, report.GetProperty("ties").GetInt32());
        Assert.Equal(0, report.GetProperty("score").GetDouble());
        Assert.Contains("empty", report.GetProperty("suggestions")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Position_UsesTeamsAndMutualConnectionsAmongMyContacts_NeverTheirPrivateContacts(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await BuildAsync(app);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await using (var db = app.NewContext())
        {
            // P2 and D1 are mutual connections: visible. D1 keeps P1 as a private contact: must not count.
            db.NetworkEntries.AddRange(
                new NetworkEntry { OwnerId = org.P2.Id, PersonId = org.D1.Id, Kind = NetworkEntryKind.Connection, CreatedAt = now, UpdatedAt = now },
                new NetworkEntry { OwnerId = org.D1.Id, PersonId = org.P2.Id, Kind = NetworkEntryKind.Connection, CreatedAt = now, UpdatedAt = now },
                new NetworkEntry { OwnerId = org.D1.Id, PersonId = org.P1.Id, Kind = NetworkEntryKind.Contact, Notes = "private", CreatedAt = now, UpdatedAt = now });
            db.Interactions.Add(NetworkApi.Platform(org.P1, org.D1, InteractionType.Coffee, now.AddDays(-1)));
            await db.SaveChangesAsync();
        }

        var position = await org.AsMe.GetFromJsonAsync<JsonElement>("/api/me/position");

        // Ego graph: me–P1, me–P2, me–D1, P1–P2 (same team), P2–D1 (mutual). networkx: effective_size 5/3, constraint 68/81.
        Assert.Equal(3, position.GetProperty("contacts").GetInt32());
        Assert.Equal(2, position.GetProperty("tiesAmongContacts").GetInt32());
        Assert.Equal(1.6667, position.GetProperty("effectiveSize").GetDouble(), 4);
        Assert.Equal(0.8395, position.GetProperty("constraint").GetDouble(), 4);
        Assert.Equal(0.6667, position.GetProperty("density").GetDouble(), 4);
        var explanation = string.Join(' ', position.GetProperty("explanation").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Most of your contacts know each other", explanation, StringComparison.Ordinal);
        Assert.Contains("work like 1.7 independent ones", explanation, StringComparison.Ordinal);
        var widen = Assert.Single(position.GetProperty("widenReach").EnumerateArray());
        Assert.Equal("Sales / Nordics", widen.GetProperty("unit").GetString());
        Assert.Equal(5, widen.GetProperty("people").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Position_OfScatteredContacts_SaysYouBridgeGroups(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await BuildAsync(app);
        await org.AsMe.DeleteAsync($"/api/me/network/{org.P2.Id}");
        await org.AsMe.AddContactAsync(org.S1);

        var position = await org.AsMe.GetFromJsonAsync<JsonElement>("/api/me/position");

        // P1, D1, S1: no ties among them → effective size 3, constraint 3 × (1/3)² = 1/3.
        Assert.Equal(3.0, position.GetProperty("effectiveSize").GetDouble(), 4);
        Assert.Equal(0.3333, position.GetProperty("constraint").GetDouble(), 4);
        Assert.Contains("do not know each other", position.GetProperty("explanation")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(position.GetProperty("widenReach").EnumerateArray());
    }
}
