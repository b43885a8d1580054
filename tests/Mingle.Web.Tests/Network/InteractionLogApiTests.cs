using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Network;

public class InteractionLogApiTests
{
    static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Log_ShowsMyLoggedAndPlatformInteractions_NotImportsOrOtherPeoplesLogs(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var cy = await app.AddAsync(A.Person("Cy"));
        var asAna = await app.ClientForAsync(ana);

        var logged = await asAna.LogAsync(bo, "Help Given", Today.AddDays(-2), "Reviewed the design doc");
        Assert.Equal("help given", logged.GetProperty("type").GetString());
        Assert.Equal("given", logged.GetProperty("direction").GetString());
        await asAna.LogAsync(cy, "coffee", Today.AddDays(-40));
        await (await app.ClientForAsync(bo)).LogAsync(ana, "advice", Today.AddDays(-1), "Bo's private log");
        await using (var db = app.NewContext())
        {
            db.Interactions.Add(NetworkApi.Platform(cy, ana, InteractionType.Kudos, new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc)));
            db.Interactions.Add(new Interaction
            {
                FromPersonId = ana.Id,
                ToPersonId = bo.Id,
                Type = InteractionType.Message,
                Count = 7,
                OccurredAt = new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc),
                Source = InteractionSource.Import,
            });
            await db.SaveChangesAsync();
        }

        var all = await asAna.ItemsAsync("/api/me/interactions");
        Assert.Equal(["help given", "kudos", "coffee"], all.Select(i => i.GetProperty("type").GetString()));
        Assert.Equal(["logged", "platform", "logged"], all.Select(i => i.GetProperty("source").GetString()));
        Assert.Equal("received", all[1].GetProperty("direction").GetString());
        Assert.DoesNotContain("Bo's private log", await asAna.GetStringAsync("/api/me/interactions"), StringComparison.Ordinal);

        Assert.Equal([bo.Id], (await asAna.ItemsAsync($"/api/me/interactions?with={bo.Id}")).Select(i => i.PersonId()));
        Assert.Equal(["coffee"], (await asAna.ItemsAsync("/api/me/interactions?to=2026-11-01")).Select(i => i.GetProperty("type").GetString()));
        Assert.Equal(2, (await asAna.ItemsAsync("/api/me/interactions?from=2026-11-20&to=2026-11-21")).Length);
        await ProblemAssert.IsProblemAsync(await asAna.GetAsync("/api/me/interactions?from=2026-11-21&to=2026-11-20"), HttpStatusCode.BadRequest);

        await using (var db = app.NewContext())
        {
            var stored = await db.Interactions.SingleAsync(i => i.Note == "Reviewed the design doc");
            Assert.Equal(InteractionSource.Logged, stored.Source);
            Assert.Equal(ana.Id, stored.LoggedById);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Log_BadInput_Is400Or404_AndNothingIsSaved(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAna = await app.ClientForAsync(ana);

        async Task<JsonElement> Rejected(object body, HttpStatusCode status = HttpStatusCode.BadRequest) =>
            await ProblemAssert.IsProblemAsync(await asAna.PostAsJsonAsync("/api/me/interactions", body), status);

        var future = await Rejected(new { personId = bo.Id, type = "coffee", date = Today.AddDays(1) });
        Assert.True(future.GetProperty("errors").TryGetProperty("date", out _));
        await Rejected(new { personId = bo.Id, type = "coffee" });
        await Rejected(new { personId = bo.Id, type = "kudos", date = Today });
        await Rejected(new { personId = bo.Id, type = "coffee", date = Today, note = new string('n', 2001) });
        await Rejected(new { personId = ana.Id, type = "coffee", date = Today });
        await Rejected(new { personId = bo.Id, type = "coffee", date = "yesterday" });
        await Rejected(new { personId = 999_999, type = "coffee", date = Today }, HttpStatusCode.NotFound);

        await using var db = app.NewContext();
        Assert.Equal(0, await db.Interactions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Delete_RemovesOnlyMyOwnLoggedInteraction(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAna = await app.ClientForAsync(ana);
        var mine = (await asAna.LogAsync(bo, "call", Today)).GetProperty("id").GetInt64();
        long platform;
        await using (var db = app.NewContext())
        {
            var p = NetworkApi.Platform(bo, ana, InteractionType.Kudos, new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc));
            db.Interactions.Add(p);
            await db.SaveChangesAsync();
            platform = p.Id;
        }

        Assert.Equal(HttpStatusCode.NotFound, (await asAna.DeleteAsync($"/api/me/interactions/{platform}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await asAna.DeleteAsync($"/api/me/interactions/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asAna.GetAsync($"/api/me/interactions/{mine}")).StatusCode);
        Assert.Single(await asAna.ItemsAsync("/api/me/interactions"));
    }
}
