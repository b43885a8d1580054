using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Network;

public class RolodexApiTests
{
    static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddContact_ListsItWithLastInteractionTieStrengthAndNextDue(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo").InUnit("Eng/Platform").At("Lisbon").AtLevel(4));
        var asAna = await app.ClientForAsync(ana);

        var added = await asAna.AddContactAsync(bo, new
        {
            personId = bo.Id,
            howWeMet = "Onboarding week",
            whereWeMet = "Lisbon office",
            metOn = "2025-03-01",
            tags = new[] { "Platform", "mentor", "platform" },
            notes = "Knows *everything* about k8s",
            cadenceDays = 30,
        });
        Assert.Equal("contact", added.GetProperty("entry").GetProperty("entry").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, added.GetProperty("request").ValueKind);
        // Half-life 30 days: today counts 1, 30 days ago 0.5.
        await asAna.LogAsync(bo, "coffee", Today);
        await asAna.LogAsync(bo, "call", Today.AddDays(-30));

        var row = Assert.Single(await asAna.ItemsAsync("/api/me/network"));
        Assert.Equal(bo.Id, row.PersonId());
        Assert.Equal("Platform", row.GetProperty("person").GetProperty("unit").GetString());
        Assert.Equal(["mentor", "platform"], row.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2026-11-23", row.GetProperty("lastInteraction").GetString());
        Assert.Equal(1.5, row.GetProperty("tieStrength").GetDouble(), 3);
        Assert.Equal("2026-12-23", row.GetProperty("nextDue").GetString());
        Assert.False(row.GetProperty("overdue").GetBoolean());

        var detail = await asAna.GetFromJsonAsync<JsonElement>($"/api/me/network/{bo.Id}");
        Assert.Equal("Onboarding week", detail.GetProperty("howWeMet").GetString());
        Assert.Equal("2025-03-01", detail.GetProperty("metOn").GetString());
        Assert.Contains("<em>everything</em>", detail.GetProperty("notesHtml").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_FiltersByUnitLocationLevelTagAndOverdue(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo").InUnit("Eng/Platform").At("Lisbon").AtLevel(4));
        var cy = await app.AddAsync(A.Person("Cy").InUnit("Sales").At("Porto").AtLevel(6));
        var asAna = await app.ClientForAsync(ana);
        await asAna.AddContactAsync(bo, new { personId = bo.Id, tags = new[] { "climbing" }, cadenceDays = 10 });
        await asAna.AddContactAsync(cy, new { personId = cy.Id, cadenceDays = 30 });
        await asAna.LogAsync(bo, "coffee", Today.AddDays(-20));
        await asAna.LogAsync(cy, "coffee", Today.AddDays(-20));

        await using var db = app.NewContext();
        var eng = await db.OrgUnits.SingleAsync(u => u.Path == "Eng");
        var porto = await db.Locations.SingleAsync(l => l.Name == "Porto");
        async Task<int[]> Ids(string query) => [.. (await asAna.ItemsAsync("/api/me/network" + query)).Select(r => r.PersonId())];

        Assert.Equal([bo.Id, cy.Id], await Ids(""));
        Assert.Equal([bo.Id], await Ids($"?unit={eng.Id}"));
        Assert.Equal([cy.Id], await Ids($"?location={porto.Id}"));
        Assert.Equal([cy.Id], await Ids("?level=6"));
        Assert.Equal([bo.Id], await Ids("?tag=Climbing"));
        Assert.Equal([bo.Id], await Ids("?overdue=true"));
        await ProblemAssert.IsProblemAsync(await asAna.GetAsync("/api/me/network?level=99"), HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ConnectionRequest_AcceptedByTheOtherSide_ConnectsBoth_AndNotesStayPrivate(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAna = await app.ClientForAsync(ana);
        var asBo = await app.ClientForAsync(bo);

        var sent = await asAna.AddContactAsync(bo, new { personId = bo.Id, kind = "connection", message = "Great talk!", notes = "Ana's secret note" });
        var requestId = sent.GetProperty("request").GetProperty("id").GetInt32();
        Assert.Equal("contact", sent.GetProperty("entry").GetProperty("entry").GetProperty("kind").GetString());

        var incoming = Assert.Single(await asBo.ItemsAsync("/api/me/connection-requests"));
        Assert.Equal("incoming", incoming.GetProperty("direction").GetString());
        Assert.Equal("Great talk!", incoming.GetProperty("message").GetString());
        Assert.Equal(ana.Id, incoming.GetProperty("person").GetProperty("id").GetInt32());

        var accepted = await asBo.PostAsync($"/api/me/connection-requests/{requestId}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var anaSide = await asAna.GetFromJsonAsync<JsonElement>($"/api/me/network/{bo.Id}");
        var boSide = await asBo.GetFromJsonAsync<JsonElement>($"/api/me/network/{ana.Id}");
        Assert.Equal("connection", anaSide.GetProperty("entry").GetProperty("kind").GetString());
        Assert.Equal("connection", boSide.GetProperty("entry").GetProperty("kind").GetString());
        Assert.Equal("Ana's secret note", anaSide.GetProperty("notes").GetString());
        Assert.Equal(JsonValueKind.Null, boSide.GetProperty("notes").ValueKind);
        Assert.DoesNotContain("secret", await (await asBo.GetAsync($"/api/me/network/{ana.Id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var outgoing = Assert.Single(await asAna.ItemsAsync("/api/me/connection-requests"));
        Assert.Equal("accepted", outgoing.GetProperty("status").GetString());

        // Accepting twice is not possible.
        await ProblemAssert.IsProblemAsync(await asBo.PostAsync($"/api/me/connection-requests/{requestId}/accept", null), HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AskingAContactToConnect_KeepsMyNotesAndTags(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAna = await app.ClientForAsync(ana);
        await asAna.AddContactAsync(bo, new { personId = bo.Id, notes = "Met at the offsite", tags = new[] { "offsite" }, cadenceDays = 30 });

        var sent = await asAna.AddContactAsync(bo, new { personId = bo.Id, kind = "connection" });

        Assert.Equal(JsonValueKind.Object, sent.GetProperty("request").ValueKind);
        var entry = sent.GetProperty("entry");
        Assert.Equal("Met at the offsite", entry.GetProperty("notes").GetString());
        Assert.Equal(["offsite"], entry.GetProperty("entry").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(30, entry.GetProperty("entry").GetProperty("cadenceDays").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AskingToConnectWithSomeoneWhoAskedMe_ConnectsAtOnce(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAna = await app.ClientForAsync(ana);
        var asBo = await app.ClientForAsync(bo);
        await asBo.AddContactAsync(ana, new { personId = ana.Id, kind = "connection" });

        var mine = await asAna.AddContactAsync(bo, new { personId = bo.Id, kind = "connection" });

        Assert.Equal(JsonValueKind.Null, mine.GetProperty("request").ValueKind);
        Assert.Equal("connection", mine.GetProperty("entry").GetProperty("entry").GetProperty("kind").GetString());
        var boSide = await asBo.GetFromJsonAsync<JsonElement>($"/api/me/network/{ana.Id}");
        Assert.Equal("connection", boSide.GetProperty("entry").GetProperty("kind").GetString());
        Assert.Empty(await asAna.ItemsAsync("/api/me/connection-requests"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ConnectionRequest_Declined_SenderKeepsSeeingPendingUntilItExpires(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAna = await app.ClientForAsync(ana);
        var asBo = await app.ClientForAsync(bo);
        var sent = await asAna.AddContactAsync(bo, new { personId = bo.Id, kind = "connection" });
        var requestId = sent.GetProperty("request").GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NoContent, (await asBo.PostAsync($"/api/me/connection-requests/{requestId}/decline", null)).StatusCode);

        var seenByAna = await asAna.GetStringAsync("/api/me/connection-requests");
        Assert.Contains("\"pending\"", seenByAna, StringComparison.Ordinal);
        Assert.DoesNotContain("declined", seenByAna, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await asBo.ItemsAsync("/api/me/connection-requests"));
        Assert.Equal(HttpStatusCode.NotFound, (await asBo.GetAsync($"/api/me/network/{ana.Id}")).StatusCode);
        // Asking again while the first is still "pending" for Ana sends nothing new.
        var again = await asAna.AddContactAsync(bo, new { personId = bo.Id, kind = "connection" });
        Assert.Equal(requestId, again.GetProperty("request").GetProperty("id").GetInt32());

        app.Clock.Advance(TimeSpan.FromDays(31));
        asAna = await app.ClientForAsync(ana); // the first token has expired too
        var expired = Assert.Single(await asAna.ItemsAsync("/api/me/connection-requests"));
        Assert.Equal("expired", expired.GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ConnectionRequest_CannotBeAnsweredByAnyoneButTheRecipient(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var admin = await app.AddAsync(A.Person("Admin"));
        await app.GrantAsync(admin, "Admin");
        var sent = await (await app.ClientForAsync(ana)).AddContactAsync(bo, new { personId = bo.Id, kind = "connection" });
        var requestId = sent.GetProperty("request").GetProperty("id").GetInt32();

        foreach (var who in new[] { ana, admin })
        {
            var client = await app.ClientForAsync(who);
            await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/me/connection-requests/{requestId}/accept", null), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/me/connection-requests/{requestId}/decline", null), HttpStatusCode.NotFound);
        }
        await using var db = app.NewContext();
        Assert.Equal(Mingle.Network.ConnectionRequestStatus.Pending, (await db.ConnectionRequests.SingleAsync()).Status);
        Assert.Equal(1, await db.NetworkEntries.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Notes_AreSanitisedWhenRendered(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAna = await app.ClientForAsync(ana);
        await asAna.AddContactAsync(bo, new
        {
            personId = bo.Id,
            notes = "<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)> **ok**",
        });

        var html = (await asAna.GetFromJsonAsync<JsonElement>($"/api/me/network/{bo.Id}")).GetProperty("notesHtml").GetString()!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]*\son\w+\s*=", html); // no event-handler attribute on any element
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>ok</strong>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BadInput_Is400_AndNothingIsSaved(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAna = await app.ClientForAsync(ana);

        var tooLong = await ProblemAssert.IsProblemAsync(
            await asAna.PostAsJsonAsync("/api/me/network", new { personId = bo.Id, notes = new string('x', 10_001) }), HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("notes", out _));
        await ProblemAssert.IsProblemAsync(
            await asAna.PostAsJsonAsync("/api/me/network", new { personId = bo.Id, kind = "friend" }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(
            await asAna.PostAsJsonAsync("/api/me/network", new { personId = bo.Id, cadenceDays = 0 }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(
            await asAna.PostAsJsonAsync("/api/me/network", new { personId = bo.Id, tags = Enumerable.Repeat("t", 21) }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(
            await asAna.PostAsync("/api/me/network", new StringContent("{\"personId\": \"nope\"", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(
            await asAna.PostAsJsonAsync("/api/me/network", new { personId = ana.Id }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(
            await asAna.PostAsJsonAsync("/api/me/network", new { personId = 999_999 }), HttpStatusCode.NotFound);
        var gone = await app.AddAsync(A.Person("Gone").WhoLeft());
        await ProblemAssert.IsProblemAsync(
            await asAna.PostAsJsonAsync("/api/me/network", new { personId = gone.Id }), HttpStatusCode.NotFound);

        await using (var db = app.NewContext())
            Assert.Equal(0, await db.NetworkEntries.CountAsync());

        // An invalid update leaves the saved entry as it was.
        await asAna.AddContactAsync(bo, new { personId = bo.Id, notes = "kept" });
        await ProblemAssert.IsProblemAsync(
            await asAna.PutAsJsonAsync($"/api/me/network/{bo.Id}", new { notes = new string('x', 10_001) }), HttpStatusCode.BadRequest);
        await using (var db = app.NewContext())
            Assert.Equal("kept", (await db.NetworkEntries.SingleAsync()).Notes);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RemovingAConnection_LeavesTheOtherSideWithAContactAndTheirNotes(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAna = await app.ClientForAsync(ana);
        var asBo = await app.ClientForAsync(bo);
        var sent = await asAna.AddContactAsync(bo, new { personId = bo.Id, kind = "connection" });
        await asBo.PostAsync($"/api/me/connection-requests/{sent.GetProperty("request").GetProperty("id").GetInt32()}/accept", null);
        Assert.Equal(HttpStatusCode.OK, (await asBo.PutAsJsonAsync($"/api/me/network/{ana.Id}", new { notes = "Bo's note" })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await asAna.DeleteAsync($"/api/me/network/{bo.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await asAna.GetAsync($"/api/me/network/{bo.Id}")).StatusCode);
        var boSide = await asBo.GetFromJsonAsync<JsonElement>($"/api/me/network/{ana.Id}");
        Assert.Equal("contact", boSide.GetProperty("entry").GetProperty("kind").GetString());
        Assert.Equal("Bo's note", boSide.GetProperty("notes").GetString());
    }
}
