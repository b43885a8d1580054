using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Network;
using Mingle.People;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Privacy;

public class DataRightsTests
{
    static Interaction Between(int from, int to, InteractionSource source, int? loggedBy = null, string? note = null) => new()
    {
        FromPersonId = from,
        ToPersonId = to,
        Type = InteractionType.Coffee,
        Direction = InteractionDirection.Mutual,
        OccurredAt = new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc),
        Count = 1,
        Source = source,
        LoggedById = loggedBy,
        Note = note,
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_HoldsMyDataAndMyNotes_ButNotOthersPrivateLogs(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana").WithSkill("Go", 4).WithInterest("Chess").Offering("Code review"));
        var bo = await app.AddAsync(A.Person("Bo"));
        await app.GrantAsync(ana, "Analyst");
        await using (var db = app.NewContext())
        {
            db.Interactions.AddRange(
                Between(ana.Id, bo.Id, InteractionSource.Import),
                Between(ana.Id, bo.Id, InteractionSource.Logged, ana.Id, "ana's own note"),
                Between(bo.Id, ana.Id, InteractionSource.Logged, bo.Id, "bo's private note about ana"));
            db.NetworkEntries.AddRange(
                new NetworkEntry { OwnerId = ana.Id, PersonId = bo.Id, Kind = NetworkEntryKind.Contact, Notes = "ana's note on bo" },
                new NetworkEntry { OwnerId = bo.Id, PersonId = ana.Id, Kind = NetworkEntryKind.Contact, Notes = "bo's secret about ana" });
            await db.SaveChangesAsync();
        }
        var client = await app.ClientForAsync(ana);

        var response = await client.GetAsync("/api/me/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString(), StringComparison.Ordinal);
        var body = await response.Content.ReadAsStringAsync();
        var data = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Ana", data.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal("Go", data.GetProperty("profile").GetProperty("skills")[0].GetProperty("name").GetString());
        Assert.Equal(2, data.GetProperty("interactions").GetArrayLength());
        Assert.Contains("ana's own note", body, StringComparison.Ordinal);
        Assert.DoesNotContain("bo's private note", body, StringComparison.Ordinal);
        Assert.Equal("ana's note on bo", data.GetProperty("network")[0].GetProperty("notes").GetString());
        Assert.DoesNotContain("bo's secret", body, StringComparison.Ordinal);
        Assert.Equal("Analyst", data.GetProperty("roles")[0].GetProperty("role").GetString());
        await using var check = app.NewContext();
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == "privacy.export" && a.ActorId == ana.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Erase_RemovesOrAnonymisesEveryRowThatNamesThePerson(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var bo = await app.AddAsync(A.Person("Bo Erased").WithSkill("Rust").WithInterest("Sailing").Offering("Rust mentoring"));
        var carl = await app.AddAsync(A.Person("Carl").ReportingTo(bo));
        await app.GrantAsync(bo, "CommunityOwner");
        await app.TokenForAsync(bo);
        await using (var db = app.NewContext())
        {
            db.Asks.Add(new Ask { PersonId = bo.Id, Text = "A sailing buddy" });
            db.Interactions.AddRange(Between(bo.Id, carl.Id, InteractionSource.Import), Between(carl.Id, bo.Id, InteractionSource.Logged, carl.Id, "note"));
            db.NetworkEntries.AddRange(
                new NetworkEntry { OwnerId = carl.Id, PersonId = bo.Id, Kind = NetworkEntryKind.Connection, Notes = "about Bo", CadenceDays = 7 },
                new NetworkEntry { OwnerId = bo.Id, PersonId = carl.Id, Kind = NetworkEntryKind.Connection });
            db.ConnectionRequests.Add(new ConnectionRequest { FromPersonId = bo.Id, ToPersonId = admin.Id, Status = ConnectionRequestStatus.Pending });
            await db.SaveChangesAsync();
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // A real keep-in-touch reminder in Carl's outbox, naming Bo.
            var reminders = scope.ServiceProvider.GetRequiredService<KeepInTouchReminders>();
            Assert.True(await reminders.RunAsync(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(30), default) > 0);
        }
        var client = await app.ClientForAsync(admin);
        var boExport = await (await app.ClientForAsync(bo)).GetAsync("/api/me/export"); // leaves an audit row by bo
        Assert.Equal(HttpStatusCode.OK, boExport.StatusCode);

        var response = await client.DeleteAsync($"/api/admin/people/{bo.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var after = app.NewContext();
        Assert.False(await after.People.AnyAsync(p => p.Id == bo.Id || p.Email == bo.Email));
        Assert.False(await after.PersonSkills.AnyAsync(s => s.PersonId == bo.Id));
        Assert.False(await after.PersonInterests.AnyAsync(s => s.PersonId == bo.Id));
        Assert.False(await after.Offers.AnyAsync(s => s.PersonId == bo.Id));
        Assert.False(await after.Asks.AnyAsync(s => s.PersonId == bo.Id));
        Assert.False(await after.Interactions.AnyAsync(i => i.FromPersonId == bo.Id || i.ToPersonId == bo.Id || i.LoggedById == bo.Id));
        Assert.False(await after.RoleGrants.AnyAsync(r => r.PersonId == bo.Id));
        Assert.False(await after.ApiTokens.AnyAsync(t => t.PersonId == bo.Id));
        Assert.False(await after.NetworkEntries.AnyAsync(e => e.OwnerId == bo.Id || e.PersonId == bo.Id));
        Assert.False(await after.ConnectionRequests.AnyAsync(r => r.FromPersonId == bo.Id || r.ToPersonId == bo.Id));
        Assert.False(await after.Notifications.AnyAsync(n => n.PersonId == bo.Id || n.AboutPersonId == bo.Id || n.Payload.Contains("Bo Erased")));
        Assert.Null((await after.People.SingleAsync(p => p.Id == carl.Id)).ManagerId);
        var target = $"person:{bo.Id}";
        Assert.False(await after.AuditEntries.AnyAsync(a => a.ActorId == bo.Id || a.Target == target));
        Assert.True(await after.AuditEntries.AnyAsync(a => a.Action == "privacy.erase" && a.ActorId == admin.Id));
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/people/{bo.Id}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Kudos_GivenAndReceived_AreInTheExport_AndErasureRemovesThemWithTheirInteractionsAndNotifications(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var bo = await app.AddAsync(A.Person("Bo Erased"));
        var cy = await app.AddAsync(A.Person("Cy"));
        var dee = await app.AddAsync(A.Person("Dee"));
        var boClient = await app.ClientForAsync(bo);
        Assert.Equal(HttpStatusCode.Created, (await boClient.PostAsJsonAsync("/api/kudos", new { to = cy.Id, message = "Bo thanks Cy" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await (await app.ClientForAsync(cy)).PostAsJsonAsync("/api/kudos", new { to = bo.Id, message = "Cy thanks Bo" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await (await app.ClientForAsync(cy)).PostAsJsonAsync("/api/kudos", new { to = dee.Id, message = "Cy thanks Dee" })).StatusCode);

        var export = JsonDocument.Parse(await (await boClient.GetAsync("/api/me/export")).Content.ReadAsStringAsync()).RootElement;
        var kudos = export.GetProperty("kudos").EnumerateArray().ToList();
        Assert.Equal(2, kudos.Count);
        var given = kudos.Single(k => k.GetProperty("direction").GetString() == "given");
        Assert.Equal((cy.Id, "Bo thanks Cy"), (given.GetProperty("otherPersonId").GetInt32(), given.GetProperty("message").GetString()));
        var received = kudos.Single(k => k.GetProperty("direction").GetString() == "received");
        Assert.Equal((cy.Id, "Cy", "Cy thanks Bo"),
            (received.GetProperty("otherPersonId").GetInt32(), received.GetProperty("otherPersonName").GetString(), received.GetProperty("message").GetString()));
        Assert.DoesNotContain("Cy thanks Dee", export.GetRawText(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(admin)).DeleteAsync($"/api/admin/people/{bo.Id}")).StatusCode);
        await using var after = app.NewContext();
        Assert.False(await after.Kudos.AnyAsync(k => k.FromPersonId == bo.Id || k.ToPersonId == bo.Id));
        Assert.Equal("Cy thanks Dee", (await after.Kudos.SingleAsync()).Message);
        Assert.False(await after.Interactions.AnyAsync(i => i.FromPersonId == bo.Id || i.ToPersonId == bo.Id));
        Assert.False(await after.Notifications.AnyAsync(n => n.PersonId == bo.Id || n.AboutPersonId == bo.Id || n.Payload.Contains("Bo Erased")));
        Assert.Equal(1, await after.Notifications.CountAsync(n => n.PersonId == dee.Id));
    }

    [Fact]
    public async Task Erase_ByNonAdmin_Is403_Self_Is400_Unknown_Is404()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var bo = await app.AddAsync(A.Person("Bo"));
        var asBo = await app.ClientForAsync(bo);
        var asAdmin = await app.ClientForAsync(admin);

        await ProblemAssert.IsProblemAsync(await asBo.DeleteAsync($"/api/admin/people/{admin.Id}"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await asAdmin.DeleteAsync($"/api/admin/people/{admin.Id}"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await asAdmin.DeleteAsync("/api/admin/people/999999"), HttpStatusCode.NotFound);
        await using var db = app.NewContext();
        Assert.Equal(2, await db.People.CountAsync());
    }

    [Fact]
    public async Task AuditLog_ShowsAdminActions_ToAdminsOnly()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAdmin = await app.ClientForAsync(admin);
        await asAdmin.PutAsJsonAsync($"/api/people/{bo.Id}/profile", new { bio = "edited by admin" });

        var log = await asAdmin.GetFromJsonAsync<JsonElement>("/api/admin/audit?action=profile");

        var entry = log.GetProperty("items")[0];
        Assert.Equal("profile.update", entry.GetProperty("action").GetString());
        Assert.Equal("Ada Admin", entry.GetProperty("actor").GetString());
        Assert.Equal($"person:{bo.Id}", entry.GetProperty("target").GetString());
        await ProblemAssert.IsProblemAsync(await (await app.ClientForAsync(bo)).GetAsync("/api/admin/audit"), HttpStatusCode.Forbidden);
    }
}
