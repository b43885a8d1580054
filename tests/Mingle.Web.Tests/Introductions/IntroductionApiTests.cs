using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Network;
using Mingle.Web.Tests.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Introductions;

public class IntroductionApiTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BothAccept_ConnectsThem_RecordsTheIntroduction_AndCreditsTheConnector(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var cy = await app.AddAsync(A.Person("Cy Connector"));
        var ana = await app.AddAsync(A.Person("Ana").Titled("Search engineer").InUnit("Eng/Search"));
        var bo = await app.AddAsync(A.Person("Bo").InUnit("Sales/Nordics"));
        var (asCy, asAna, asBo) = (await app.ClientForAsync(cy), await app.ClientForAsync(ana), await app.ClientForAsync(bo));

        var id = await asCy.IntroduceAsync(ana, bo, "Bo's customers keep asking about search relevance");

        // Both are asked in-app, each named to the other, with the reason.
        var request = Assert.Single(await asAna.ItemsAsync("/api/me/notifications"));
        Assert.Equal("introduction-request", request.GetProperty("kind").GetString());
        Assert.Contains("Cy Connector would like to introduce you to Bo", request.GetProperty("payload").GetString(), StringComparison.Ordinal);
        Assert.Contains("Bo", Assert.Single(await asBo.ItemsAsync("/api/me/notifications")).GetProperty("payload").GetString(), StringComparison.Ordinal);
        Assert.Equal("awaiting your answer", (await asAna.IntroductionAsync(id)).Status());
        Assert.Equal("pending", (await asCy.IntroductionAsync(id)).Status());

        var afterAna = await asAna.AnswerAsync(id, "accept");
        Assert.Equal("waiting for them", afterAna.Status());
        Assert.Equal("accepted", afterAna.GetProperty("myAnswer").GetString());
        // Bo cannot see Ana's answer before both accepted.
        var bosView = await asBo.IntroductionAsync(id);
        Assert.Equal("awaiting your answer", bosView.Status());
        Assert.Equal("pending", bosView.GetProperty("myAnswer").GetString());
        Assert.DoesNotContain("\"accepted\"", bosView.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(await asAna.ItemsAsync("/api/me/network"));

        Assert.Equal("accepted", (await asBo.AnswerAsync(id, "accept")).Status());
        foreach (var (client, other) in new[] { (asAna, bo), (asBo, ana) })
        {
            var entry = Assert.Single(await client.ItemsAsync("/api/me/network"));
            Assert.Equal(other.Id, entry.PersonId());
            Assert.Equal("connection", entry.GetProperty("kind").GetString());
            var told = (await client.ItemsAsync("/api/me/notifications")).First();
            Assert.Equal("introduction-accepted", told.GetProperty("kind").GetString());
            Assert.Contains(other.Name, told.GetProperty("payload").GetString(), StringComparison.Ordinal);
            // The introduction shows in each party's own log as something the connector gave.
            var logged = Assert.Single(await client.ItemsAsync($"/api/me/interactions?with={cy.Id}"));
            Assert.Equal("introduction", logged.GetProperty("type").GetString());
            Assert.Equal("received", logged.GetProperty("direction").GetString());
        }
        Assert.Contains("Search engineer", (await asBo.ItemsAsync("/api/me/notifications")).First().GetProperty("payload").GetString(),
            StringComparison.Ordinal);
        Assert.Equal("accepted", (await asCy.IntroductionAsync(id)).Status());
        Assert.Equal(2, (await asCy.ItemsAsync("/api/me/interactions")).Length);

        var credit = await asBo.GetFromJsonAsync<JsonElement>($"/api/people/{cy.Id}/connector-credit");
        Assert.Equal(1, credit.GetProperty("made").GetInt32());
        Assert.Equal(1, credit.GetProperty("accepted").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Decline_IsNeverRevealed_TheOtherPartyKeepsWaiting_TheConnectorSeesNotNow(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var cy = await app.AddAsync(A.Person("Cy"));
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var (asCy, asAna, asBo) = (await app.ClientForAsync(cy), await app.ClientForAsync(ana), await app.ClientForAsync(bo));
        var id = await asCy.IntroduceAsync(ana, bo);

        await asAna.AnswerAsync(id, "accept");
        var declined = await asBo.AnswerAsync(id, "decline");
        Assert.Equal("declined", declined.Status());

        var anasView = await asAna.IntroductionAsync(id);
        Assert.Equal("waiting for them", anasView.Status());
        Assert.DoesNotContain("declin", anasView.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var cysView = await asCy.IntroductionAsync(id);
        Assert.Equal("not now", cysView.Status());
        Assert.DoesNotContain("declin", cysView.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JsonValueKind.Null, cysView.GetProperty("myAnswer").ValueKind);
        Assert.Empty(await asAna.ItemsAsync("/api/me/network"));
        Assert.DoesNotContain(await asAna.ItemsAsync("/api/me/notifications"), n => n.GetProperty("kind").GetString() == "introduction-accepted");

        // Changing one's mind is not possible; the answer stands.
        await ProblemAssert.IsProblemAsync(await asBo.PostAsync($"/api/introductions/{id}/accept", null), HttpStatusCode.BadRequest);

        // After 14 days Ana sees it expire, exactly as if Bo had never answered.
        app.Clock.Advance(TimeSpan.FromDays(14));
        Assert.Equal("expired", (await asAna.IntroductionAsync(id)).Status());
        Assert.Equal("not now", (await asCy.IntroductionAsync(id)).Status());
        var credit = await asAna.GetFromJsonAsync<JsonElement>($"/api/people/{cy.Id}/connector-credit");
        Assert.Equal((1, 0), (credit.GetProperty("made").GetInt32(), credit.GetProperty("accepted").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Expiry_After14Days_NoAnswerIsTakenAndTheConnectorSeesNotNow(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var cy = await app.AddAsync(A.Person("Cy"));
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var (asCy, asAna, asBo) = (await app.ClientForAsync(cy), await app.ClientForAsync(ana), await app.ClientForAsync(bo));
        var id = await asCy.IntroduceAsync(ana, bo);
        await asAna.AnswerAsync(id, "accept");

        app.Clock.Advance(TimeSpan.FromDays(13));
        Assert.Equal("awaiting your answer", (await asBo.IntroductionAsync(id)).Status());
        app.Clock.Advance(TimeSpan.FromDays(1));
        var late = await ProblemAssert.IsProblemAsync(await asBo.PostAsync($"/api/introductions/{id}/accept", null), HttpStatusCode.BadRequest);
        Assert.Contains("expired", late.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("expired", (await asBo.IntroductionAsync(id)).Status());
        Assert.Equal("not now", (await asCy.IntroductionAsync(id)).Status());
        Assert.Empty(await asBo.ItemsAsync("/api/me/network"));

        // Once lapsed, the same pair may be introduced again.
        await asCy.IntroduceAsync(ana, bo, "Second try");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OnlyTheConnectorAndParties_CanReadIt_OnlyParties_CanAnswer_OthersGet404(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var cy = await app.AddAsync(A.Person("Cy"));
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var admin = await app.AddAsync(A.Person("Admin"));
        var analyst = await app.AddAsync(A.Person("Analyst"));
        await app.GrantAsync(admin, "Admin");
        await app.GrantAsync(analyst, "Analyst");
        var asCy = await app.ClientForAsync(cy);
        var id = await asCy.IntroduceAsync(ana, bo, "SECRET-REASON");

        foreach (var outsider in new[] { admin, analyst })
        {
            var client = await app.ClientForAsync(outsider);
            await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/introductions/{id}"), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/introductions/{id}/accept", null), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/introductions/{id}/decline", null), HttpStatusCode.NotFound);
            var list = await client.GetStringAsync("/api/introductions");
            Assert.DoesNotContain("SECRET", list, StringComparison.Ordinal);
            Assert.Empty(await client.ItemsAsync("/api/introductions"));
        }
        // The connector can read it but not answer for the parties.
        await ProblemAssert.IsProblemAsync(await asCy.PostAsync($"/api/introductions/{id}/accept", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await asCy.PostAsync($"/api/introductions/{id}/decline", null), HttpStatusCode.NotFound);
        Assert.Equal("connector", Assert.Single(await asCy.ItemsAsync("/api/introductions")).GetProperty("role").GetString());
        var asAna = await app.ClientForAsync(ana);
        var mine = Assert.Single(await asAna.ItemsAsync("/api/introductions"));
        Assert.Equal("party", mine.GetProperty("role").GetString());
        Assert.Equal([bo.Id], mine.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
        await ProblemAssert.IsProblemAsync(await asAna.GetAsync($"/api/introductions/{id + 1000}"), HttpStatusCode.NotFound);
        await using var db = app.NewContext();
        Assert.All(await db.Introductions.ToListAsync(), i => Assert.Equal((Mingle.Introductions.IntroductionAnswer.Pending, Mingle.Introductions.IntroductionAnswer.Pending), (i.AnswerA, i.AnswerB)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BadProposals_AreProblems_AndSaveNothing(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var cy = await app.AddAsync(A.Person("Cy"));
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var gone = await app.AddAsync(A.Person("Gone").WhoLeft());
        var asCy = await app.ClientForAsync(cy);

        async Task<JsonElement> Bad(object body, HttpStatusCode status) =>
            await ProblemAssert.IsProblemAsync(await asCy.PostAsJsonAsync("/api/introductions", body), status);

        Assert.True((await Bad(new { personAId = cy.Id, personBId = ana.Id, reason = "me" }, HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("personAId", out _));
        Assert.True((await Bad(new { personAId = ana.Id, personBId = ana.Id, reason = "twins" }, HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("personBId", out _));
        Assert.True((await Bad(new { personAId = ana.Id, personBId = bo.Id, reason = " " }, HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("reason", out _));
        await Bad(new { personAId = ana.Id, personBId = bo.Id, reason = new string('x', 1001) }, HttpStatusCode.BadRequest);
        await Bad(new { personAId = 0, personBId = bo.Id, reason = "x" }, HttpStatusCode.BadRequest);
        await Bad(new { personAId = ana.Id, personBId = 999_999, reason = "nobody" }, HttpStatusCode.NotFound);
        await Bad(new { personAId = gone.Id, personBId = bo.Id, reason = "left" }, HttpStatusCode.NotFound);
        var malformed = await asCy.PostAsync("/api/introductions", new StringContent("{\"personAId\": \"x\"", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        await using (var db = app.NewContext())
        {
            Assert.Equal(0, await db.Introductions.CountAsync());
            Assert.Equal(0, await db.Notifications.CountAsync());
        }

        await asCy.IntroduceAsync(ana, bo);
        // The same pair, either way round, while the first is open.
        var duplicate = await Bad(new { personAId = bo.Id, personBId = ana.Id, reason = "again" }, HttpStatusCode.BadRequest);
        Assert.Contains("open introduction", duplicate.GetRawText(), StringComparison.Ordinal);
        var asDee = await app.ClientForAsync(await app.AddAsync(A.Person("Dee")));
        await ProblemAssert.IsProblemAsync(
            await asDee.PostAsJsonAsync("/api/introductions", new { personAId = ana.Id, personBId = bo.Id, reason = "mine too" }), HttpStatusCode.BadRequest);
        await using (var db = app.NewContext())
        {
            Assert.Equal(1, await db.Introductions.CountAsync());
            Assert.Equal(2, await db.Notifications.CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AlreadyConnected_CannotBeIntroduced(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var cy = await app.AddAsync(A.Person("Cy"));
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await using (var db = app.NewContext())
        {
            db.NetworkEntries.Add(new NetworkEntry { OwnerId = ana.Id, PersonId = bo.Id, Kind = NetworkEntryKind.Connection, CreatedAt = now, UpdatedAt = now });
            db.NetworkEntries.Add(new NetworkEntry { OwnerId = bo.Id, PersonId = ana.Id, Kind = NetworkEntryKind.Connection, CreatedAt = now, UpdatedAt = now });
            await db.SaveChangesAsync();
        }
        var problem = await ProblemAssert.IsProblemAsync(await (await app.ClientForAsync(cy)).PostAsJsonAsync("/api/introductions",
            new { personAId = ana.Id, personBId = bo.Id, reason = "x" }), HttpStatusCode.BadRequest);
        Assert.Contains("already connected", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BothAcceptAtOnce_ConnectsExactlyOnce(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var cy = await app.AddAsync(A.Person("Cy"));
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var id = await (await app.ClientForAsync(cy)).IntroduceAsync(ana, bo);
        var (asAna, asBo) = (await app.ClientForAsync(ana), await app.ClientForAsync(bo));

        var answers = await Task.WhenAll(asAna.PostAsync($"/api/introductions/{id}/accept", null), asBo.PostAsync($"/api/introductions/{id}/accept", null));
        Assert.All(answers, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        Assert.Equal("accepted", (await asAna.IntroductionAsync(id)).Status());
        await using var db = app.NewContext();
        Assert.Equal(2, await db.NetworkEntries.CountAsync(e => e.Kind == NetworkEntryKind.Connection));
        Assert.Equal(2, await db.Interactions.CountAsync(i => i.Type == InteractionType.Introduction));
        Assert.Equal(3, await db.Notifications.CountAsync(n => n.Kind == "introduction-accepted"));
    }
}
