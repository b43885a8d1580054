using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Network;

public class KeepInTouchApiTests
{
    static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Due_ListsEntriesPastTheirCadence_UntilSnoozed(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var cy = await app.AddAsync(A.Person("Cy"));
        var dee = await app.AddAsync(A.Person("Dee"));
        var asAna = await app.ClientForAsync(ana);
        await asAna.AddContactAsync(bo, new { personId = bo.Id, cadenceDays = 30 });
        await asAna.AddContactAsync(cy, new { personId = cy.Id, cadenceDays = 30 });
        await asAna.AddContactAsync(dee, new { personId = dee.Id }); // no cadence: never due
        await asAna.LogAsync(bo, "coffee", Today.AddDays(-40));
        await asAna.LogAsync(cy, "coffee", Today.AddDays(-10));
        await asAna.LogAsync(dee, "coffee", Today.AddDays(-400));

        var due = Assert.Single(await asAna.ItemsAsync("/api/me/due"));
        Assert.Equal(bo.Id, due.PersonId());
        Assert.Equal("2026-11-13", due.GetProperty("nextDue").GetString());

        var snoozed = await asAna.PostAsJsonAsync($"/api/me/network/{bo.Id}/snooze", new { until = Today.AddDays(7) });
        Assert.Equal(HttpStatusCode.OK, snoozed.StatusCode);
        Assert.Empty(await asAna.ItemsAsync("/api/me/due"));
        await ProblemAssert.IsProblemAsync(
            await asAna.PostAsJsonAsync($"/api/me/network/{bo.Id}/snooze", new { until = Today.AddDays(-1) }), HttpStatusCode.BadRequest);

        app.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal([bo.Id], (await asAna.ItemsAsync("/api/me/due")).Select(d => d.PersonId()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reminders_AreEnqueuedOncePerDuePeriod_EvenWhenTheJobRunsTwice(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var cy = await app.AddAsync(A.Person("Cy"));
        var asAna = await app.ClientForAsync(ana);
        await asAna.AddContactAsync(bo, new { personId = bo.Id, cadenceDays = 30 });
        await asAna.AddContactAsync(cy, new { personId = cy.Id, cadenceDays = 30 });
        await asAna.LogAsync(bo, "coffee", Today.AddDays(-31));
        await asAna.LogAsync(cy, "coffee", Today.AddDays(-1));

        Assert.Equal(1, await RunJobAsync(app, Today));
        Assert.Equal(0, await RunJobAsync(app, Today));
        Assert.Equal(0, await RunJobAsync(app, Today.AddDays(1))); // still the same due period

        var reminder = Assert.Single(await asAna.ItemsAsync("/api/me/notifications"));
        Assert.Equal("keep-in-touch", reminder.GetProperty("kind").GetString());
        Assert.Contains("Bo", reminder.GetProperty("payload").GetString(), StringComparison.Ordinal);
        Assert.Empty(await (await app.ClientForAsync(bo)).ItemsAsync("/api/me/notifications"));

        // Meeting again starts a new period: the next reminder comes 30 days after that, once.
        await asAna.LogAsync(bo, "call", Today);
        Assert.Equal(0, await RunJobAsync(app, Today.AddDays(28)));
        Assert.Equal(1, await RunJobAsync(app, Today.AddDays(29))); // Cy's first period
        Assert.Equal(1, await RunJobAsync(app, Today.AddDays(30))); // Bo's second
        Assert.Equal(0, await RunJobAsync(app, Today.AddDays(30)));
        await using var db = app.NewContext();
        Assert.Equal(3, await db.Notifications.CountAsync(n => n.PersonId == ana.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DedupeKey_IsUniqueInTheDatabase(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        await using var db = app.NewContext();
        db.Notifications.Add(new Notification { PersonId = ana.Id, Kind = "k", Payload = "p", DedupeKey = "same" });
        db.Notifications.Add(new Notification { PersonId = ana.Id, Kind = "k", Payload = "p", DedupeKey = "same" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    static async Task<int> RunJobAsync(MingleApp app, DateOnly today)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KeepInTouchReminders>().RunAsync(today, default);
    }
}
