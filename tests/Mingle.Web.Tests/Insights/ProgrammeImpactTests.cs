using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Network;
using Mingle.People;
using Mingle.Programmes;
using Mingle.Web.Tests.Support;
using Xunit.Abstractions;

namespace Mingle.Web.Tests.Insights;

/// <summary>
/// Programme impact on a hand-built organisation. Company/A and Company/B, 10 people each, all level 3 and hired in
/// 2020 (one stratum per department). A coffee programme's only round was published 60 days ago; with window=30d the
/// pre window is the 30 days before it and the post window the 30 days after. Participants A0–A4 each gain exactly two
/// ties into B after the round (their matches are among themselves, so nobody in B took part) (0 → 2 cross-unit ties, breadth 0 → 1). Of the comparison group A5–A9 (non-members in
/// the same stratum), only A6 gains one tie into B (mean change 0.2 ties, 0.2 breadth). B has no participants, so its
/// people are no comparison for anyone. DiD = 2 − 0.2 = 1.8 cross-unit ties and 1 − 0.2 = 0.8 breadth.
/// </summary>
public class ProgrammeImpactTests
{
    sealed record Org(MingleApp App, List<Person> A, List<Person> B, Person Analyst, Person Employee, int ProgrammeId);

    /// <param name="outsiders">Also five people of A's stratum in Porto (everyone else in Lisbon), each gaining one tie
    /// into B after the round, and an audience of Lisbon: they could not have joined, so they are no comparison.</param>
    static async Task<Org> CreateAsync(MingleApp app, int participants, bool outsiders = false)
    {
        var a = new List<Person>();
        var b = new List<Person>();
        var others = new List<Person>();
        for (var i = 0; i < 10; i++) a.Add(await app.AddAsync(A.Person($"Ada {i}").InUnit("Company/A").AtLevel(3).At("Lisbon")));
        for (var i = 0; i < 10; i++) b.Add(await app.AddAsync(A.Person($"Ben {i}").InUnit("Company/B").AtLevel(3).At("Lisbon")));
        for (var i = 0; outsiders && i < 5; i++) others.Add(await app.AddAsync(A.Person($"Oto {i}").InUnit("Company/A").AtLevel(3).At("Porto")));
        await app.GrantAsync(b[9], Mingle.Auth.Role.Analyst);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var anchor = now.Date.AddDays(-60).AddHours(6);
        await using var db = app.NewContext();
        await db.People.ExecuteUpdateAsync(s => s.SetProperty(p => p.HireDate, new DateOnly(2020, 1, 1)));
        var programme = new Programme { Slug = "coffee", Name = "Coffee roulette", OwnerId = b[8].Id, CreatedAt = anchor.AddDays(-7) };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        if (outsiders)
            db.ProgrammeAudienceLocations.Add(new ProgrammeAudienceLocation { ProgrammeId = programme.Id, LocationId = a[0].LocationId!.Value });
        var round = new ProgrammeRound { ProgrammeId = programme.Id, Period = DateOnly.FromDateTime(anchor), Number = 1, PublishedAt = anchor };
        db.ProgrammeRounds.Add(round);
        await db.SaveChangesAsync();
        for (var i = 0; i < participants; i++)
            db.ProgrammeMembers.Add(new ProgrammeMember { ProgrammeId = programme.Id, PersonId = a[i].Id, Status = MembershipStatus.Active, JoinedAt = anchor.AddDays(-7) });
        // Pairs among the participants, the last group a trio when their number is odd.
        for (var i = 0; i + 1 < participants; i += 2)
        {
            var group = participants - i == 3 ? new[] { a[i], a[i + 1], a[i + 2] } : [a[i], a[i + 1]];
            db.ProgrammeMatches.Add(new ProgrammeMatch
            {
                RoundId = round.Id,
                Explanation = "Different teams",
                SuggestedStart = anchor.AddDays(2),
                Participants = [.. group.Select(p => new MatchParticipant { PersonId = p.Id })],
            });
            if (group.Length == 3) break;
        }
        void Tie(Person x, Person y, DateTime first)
        {
            foreach (var at in new[] { first, first.AddDays(7) })
                db.Interactions.Add(new Interaction
                {
                    FromPersonId = x.Id,
                    ToPersonId = y.Id,
                    Type = InteractionType.Meeting,
                    Direction = InteractionDirection.Mutual,
                    OccurredAt = at,
                    Source = InteractionSource.Import,
                });
        }
        // Everyone has the same within-department ties before and after, which must not move the estimate.
        foreach (var dep in new[] { a, b })
            for (var i = 0; i < dep.Count - 1; i++)
            {
                Tie(dep[i], dep[i + 1], anchor.AddDays(-20));
                Tie(dep[i], dep[i + 1], anchor.AddDays(5));
            }
        for (var i = 0; i < participants; i++)
        {
            Tie(a[i], b[i], anchor.AddDays(5));
            Tie(a[i], b[i + 5], anchor.AddDays(10));
        }
        Tie(a[6], b[0], anchor.AddDays(12));
        for (var i = 0; i < others.Count; i++) Tie(others[i], b[i], anchor.AddDays(8));
        await db.SaveChangesAsync();
        return new Org(app, a, b, b[9], a[7], programme.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Impact_HandBuiltOrganisation_GivesTheExactDifferenceInDifferences(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await CreateAsync(app, participants: 5);
        var analyst = await app.ClientForAsync(org.Analyst);

        var report = await analyst.GetFromJsonAsync<JsonElement>("/api/insights/programmes?window=30d");

        var item = report.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(org.ProgrammeId, item.GetProperty("programmeId").GetInt32());
        Assert.False(item.GetProperty("withheld").GetBoolean());
        Assert.Equal(30, item.GetProperty("windowDays").GetInt32());
        Assert.Equal(5, item.GetProperty("participants").GetInt32());
        Assert.Equal(5, item.GetProperty("comparison").GetInt32()); // A5–A9; B holds no participant
        Assert.Equal(1.8, item.GetProperty("did").GetDouble(), 6);
        var outcomes = item.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("outcome").GetString()!);
        var cross = outcomes["crossUnitTies"];
        Assert.Equal(0, cross.GetProperty("participantsPre").GetDouble());
        Assert.Equal(2, cross.GetProperty("participantsPost").GetDouble());
        Assert.Equal(0, cross.GetProperty("comparisonPre").GetDouble());
        Assert.Equal(0.2, cross.GetProperty("comparisonPost").GetDouble(), 6);
        Assert.Equal(0.8, outcomes["breadth"].GetProperty("did").GetDouble(), 6);
        // Participants all gain exactly 2; resampling the comparison can give it 0 to 5 copies of A6's +1.
        var low = item.GetProperty("low").GetDouble();
        var high = item.GetProperty("high").GetDouble();
        Assert.InRange(low, 1.0, 1.8);
        Assert.InRange(high, 1.8, 2.0);
        Assert.True(low < high);
        // The same data and seed give the same interval.
        var again = (await analyst.GetFromJsonAsync<JsonElement>("/api/insights/programmes?window=30d")).GetProperty("items")[0];
        Assert.Equal(low, again.GetProperty("low").GetDouble());
        await using var db = app.NewContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.ActorId == org.Analyst.Id && e.Target == "programmes"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Impact_ComparesOnlyWithPeopleInTheProgrammesAudience(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await CreateAsync(app, participants: 5, outsiders: true);
        var analyst = await app.ClientForAsync(org.Analyst);

        var item = (await analyst.GetFromJsonAsync<JsonElement>("/api/insights/programmes?window=30d")).GetProperty("items")[0];

        // Counting the five Porto people (+1 each) would give a comparison of 10 changing by 0.6 and a DiD of 1.4.
        Assert.False(item.GetProperty("withheld").GetBoolean());
        Assert.Equal(5, item.GetProperty("comparison").GetInt32());
        Assert.Equal(1.8, item.GetProperty("did").GetDouble(), 6);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Impact_FewerThanKParticipants_IsWithheldWithoutFigures(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await CreateAsync(app, participants: 4);
        var analyst = await app.ClientForAsync(org.Analyst);

        var response = await analyst.GetAsync("/api/insights/programmes?window=30d");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = JsonDocument.Parse(body).RootElement.GetProperty("items")[0];
        Assert.True(item.GetProperty("withheld").GetBoolean());
        foreach (var field in new[] { "participants", "comparison", "did", "low", "high" })
            Assert.Equal(JsonValueKind.Null, item.GetProperty(field).ValueKind);
        Assert.Empty(item.GetProperty("outcomes").EnumerateArray());
        Assert.DoesNotContain("\"participants\":4", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Impact_IsForAnalystsOnly_AndValidatesTheWindow(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await CreateAsync(app, participants: 5);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(org.Employee)).GetAsync("/api/insights/programmes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/insights/programmes")).StatusCode);
        var bad = await (await app.ClientForAsync(org.Analyst)).GetAsync("/api/insights/programmes?window=7d");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("window", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>The demo organisation's coffee programme, measured through the API like an analyst would.</summary>
public class DemoProgrammeImpactTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DemoCoffeeProgramme_ShowsAPositiveEffectOnCrossUnitTies()
    {
        await using var app = await MingleApp.StartSeededAsync("Sqlite", people: 1500);
        await using var db = app.NewContext();
        var analyst = await db.People.SingleAsync(p => p.Email == Mingle.Demo.DemoLogins.Analyst);
        var client = await app.ClientForAsync(analyst);

        var body = await client.GetStringAsync("/api/insights/programmes?window=90d");

        output.WriteLine(body);
        var item = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "Coffee roulette");
        Assert.False(item.GetProperty("withheld").GetBoolean(), body);
        Assert.True(item.GetProperty("participants").GetInt32() >= 100, body);
        Assert.True(item.GetProperty("low").GetDouble() > 0, body); // the whole 95 % interval above zero
    }
}
