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
        // The reach section explains the network in words (one contact so far, in Eng).
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Reach of my network" })).ToContainTextAsync("Your 1 contact works like 1 independent one");
        // The ego-network picture renders: me and Otis, drawn as a visible dot with his name as its tooltip title.
        await Assertions.Expect(network.Picture).ToBeVisibleAsync();
        await Assertions.Expect(network.Picture).ToHaveAccessibleNameAsync("Your network: you and 1 person");
        await Assertions.Expect(network.PictureNode(colleague.Id)).ToBeVisibleAsync();
        var dot = await network.PictureNode(colleague.Id).BoundingBoxAsync();
        Assert.True(dot is { Width: > 5, Height: > 5 }, "Otis is drawn as a visible dot");
        await Assertions.Expect(page.Locator("ul.ego-legend")).ToContainTextAsync("Data");
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

    [Fact]
    public async Task PersonDetail_LogNotesAndCadence_ThenTheDueReminderAppears()
    {
        var me = await fixture.App.AddAsync(A.Person("Rhea Rolodex"));
        var friend = await fixture.App.AddAsync(A.Person("Sol Oldfriend").InUnit("Eng/Data"));
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Rhea Rolodex", me.Email);
        await new MyNetworkPage(page).AddFromProfileAsync(friend.Id);
        var detail = new NetworkPersonPage(page);
        await detail.OpenFromMyNetworkAsync("Sol Oldfriend");
        var today = DateOnly.FromDateTime(fixture.App.Clock.GetUtcNow().UtcDateTime);

        await detail.LogAsync("help received", today.AddDays(-40), "Reviewed my schema migration");
        await Assertions.Expect(detail.Timeline).ToContainTextAsync("help received");
        await Assertions.Expect(detail.Timeline).ToContainTextAsync("Reviewed my schema migration");
        await Assertions.Expect(detail.Balance).ToContainTextAsync("you received 1");

        await detail.SaveAsync("Knows **Postgres** internals <script>document.title='pwned'</script>", 30);
        await Assertions.Expect(detail.Notes.Locator("strong")).ToHaveTextAsync("Postgres");
        Assert.Equal(0, await detail.Notes.Locator("script").CountAsync());
        Assert.NotEqual("pwned", await page.TitleAsync());
        // Last met 40 days ago with a 30-day cadence: due now, here and on the home page.
        await Assertions.Expect(detail.Relationship).ToContainTextAsync("(due now)");
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("article.card", new() { HasText = "Due to reconnect" })).ToContainTextAsync("Sol Oldfriend");
    }
}
