using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

[Collection(BrowserCollection.Name)]
public class NetworkBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AddColleagueFromProfile_ThenQuickLogAnInteraction_ShowsInMyNetwork()
    {
        var me = await fixture.App.AddAsync(A.Person("Nia Networker"));
        var colleague = await fixture.App.AddAsync(A.Person("Otis Helper").InUnit("Eng/Data"));
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Nia Networker", me.Email);
        var network = new MyNetworkPage(page);

        await network.AddFromProfileAsync(colleague.Id);
        await network.LogAsync("Otis Helper", "help received", "Paired on the flaky pipeline");

        await Assertions.Expect(network.Logged).ToContainTextAsync("Interaction logged");
        await Assertions.Expect(network.RecentInteractions).ToContainTextAsync("help received with Otis Helper");
        await Assertions.Expect(network.RecentInteractions).ToContainTextAsync("Paired on the flaky pipeline");
        var today = DateOnly.FromDateTime(fixture.App.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(network.Row("Otis Helper")).ToContainTextAsync(today);
    }

    [Fact]
    public async Task HomePage_ShowsWhoIsDueToReconnect()
    {
        var me = await fixture.App.AddAsync(A.Person("Dara Duesome"));
        var old = await fixture.App.AddAsync(A.Person("Uma Overdue"));
        var recent = await fixture.App.AddAsync(A.Person("Ike Recent"));
        var now = fixture.App.Clock.GetUtcNow().UtcDateTime;
        await using (var db = fixture.App.NewContext())
        {
            db.NetworkEntries.Add(new NetworkEntry { OwnerId = me.Id, PersonId = old.Id, CadenceDays = 30, CreatedAt = now.AddDays(-45), UpdatedAt = now });
            db.NetworkEntries.Add(new NetworkEntry { OwnerId = me.Id, PersonId = recent.Id, CadenceDays = 30, CreatedAt = now.AddDays(-5), UpdatedAt = now });
            await db.SaveChangesAsync();
        }
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Dara Duesome", me.Email);

        await page.GotoAsync("/");
        var card = page.Locator("article.card", new() { HasText = "Due to reconnect" });
        await Assertions.Expect(card).ToContainTextAsync("Uma Overdue");
        await Assertions.Expect(card).Not.ToContainTextAsync("Ike Recent");
    }
}
