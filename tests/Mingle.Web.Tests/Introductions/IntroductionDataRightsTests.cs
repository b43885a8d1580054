using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Mail;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Introductions;

/// <summary>Privacy rule 6 for introductions: in my export (with my own answer only), gone when any of the three is erased.</summary>
public class IntroductionDataRightsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_HoldsIntroductionsIMadeOrWasPartOf_WithMyOwnAnswerOnly(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var cy = await app.AddAsync(A.Person("Cy"));
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var id = await (await app.ClientForAsync(cy)).IntroduceAsync(ana, bo, "Both love graphs");
        await (await app.ClientForAsync(bo)).AnswerAsync(id, "decline");

        var anas = (await (await app.ClientForAsync(ana)).GetFromJsonAsync<JsonElement>("/api/me/export")).GetProperty("introductions");
        var mine = Assert.Single(anas.EnumerateArray());
        Assert.Equal("party", mine.GetProperty("role").GetString());
        Assert.Equal("Pending", mine.GetProperty("myAnswer").GetString());
        Assert.DoesNotContain("Declined", anas.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("Declined", (await (await app.ClientForAsync(bo)).GetFromJsonAsync<JsonElement>("/api/me/export"))
            .GetProperty("introductions")[0].GetProperty("myAnswer").GetString());
        var cys = (await (await app.ClientForAsync(cy)).GetFromJsonAsync<JsonElement>("/api/me/export")).GetProperty("introductions")[0];
        Assert.Equal("connector", cys.GetProperty("role").GetString());
        Assert.Equal("Both love graphs", cys.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, cys.GetProperty("myAnswer").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EraseConnector_RemovesTheirIntroductions_AndEveryNotificationThatNamesThem(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var cy = await app.AddAsync(A.Person("Cy Erased"));
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var dee = await app.AddAsync(A.Person("Dee"));
        var asCy = await app.ClientForAsync(cy);
        var accepted = await asCy.IntroduceAsync(ana, bo);
        await (await app.ClientForAsync(ana)).AnswerAsync(accepted, "accept");
        await (await app.ClientForAsync(bo)).AnswerAsync(accepted, "accept");
        await asCy.IntroduceAsync(ana, dee);
        var kept = await (await app.ClientForAsync(dee)).IntroduceAsync(ana, admin, "Not about Cy");
        await using (var db = app.NewContext())
        {
            var note = await db.Notifications.FirstAsync(n => n.PersonId == ana.Id && n.Payload.Contains("Cy Erased"));
            db.EmailDeliveries.Add(new EmailDelivery { NotificationId = note.Id, ClaimedAt = app.Clock.GetUtcNow().UtcDateTime, Attempts = 1 });
            await db.SaveChangesAsync();
        }

        var response = await (await app.ClientForAsync(admin)).DeleteAsync($"/api/admin/people/{cy.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var after = app.NewContext();
        Assert.Equal([kept], await after.Introductions.Select(i => i.Id).ToListAsync());
        Assert.False(await after.Notifications.AnyAsync(n => n.Payload.Contains("Cy Erased")));
        Assert.True(await after.Notifications.AnyAsync(n => n.Payload.Contains("Dee would like to introduce you")));
        Assert.Equal(0, await after.EmailDeliveries.CountAsync());
        // The connection the introduction made belongs to Ana and Bo and stays; the connector's credit is gone with them.
        Assert.Equal(2, await after.NetworkEntries.CountAsync(e => (e.OwnerId == ana.Id && e.PersonId == bo.Id) || (e.OwnerId == bo.Id && e.PersonId == ana.Id)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EraseParty_RemovesTheIntroduction_AndTheOtherPartysRequest(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var cy = await app.AddAsync(A.Person("Cy"));
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo Erased"));
        await (await app.ClientForAsync(cy)).IntroduceAsync(ana, bo);

        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(admin)).DeleteAsync($"/api/admin/people/{bo.Id}")).StatusCode);

        await using var after = app.NewContext();
        Assert.Equal(0, await after.Introductions.CountAsync());
        Assert.Equal(0, await after.Notifications.CountAsync());
    }
}
