using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

[Collection(BrowserCollection.Name)]
public class IntroductionsBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Introduction_AcceptedByBothSides_ConnectsThem_AndCreditsTheConnector()
    {
        var cy = await fixture.App.AddAsync(A.Person("Cyra Connector"));
        var ana = await fixture.App.AddAsync(A.Person("Anika Party").InUnit("Eng/Search"));
        var bo = await fixture.App.AddAsync(A.Person("Borja Party").InUnit("Sales/Iberia"));
        var now = fixture.App.Clock.GetUtcNow().UtcDateTime;
        await using (var db = fixture.App.NewContext())
        {
            foreach (var p in new[] { ana, bo })
                db.NetworkEntries.Add(new NetworkEntry { OwnerId = cy.Id, PersonId = p.Id, CreatedAt = now, UpdatedAt = now });
            await db.SaveChangesAsync();
        }

        // Cyra proposes it.
        var asCy = await fixture.NewPageAsync();
        await new SignInPage(asCy).SignInAsAsync("Cyra Connector", cy.Email);
        var cysInbox = new IntroductionsPage(asCy);
        await cysInbox.OpenAsync();
        await cysInbox.IntroduceAsync("Anika Party", "Borja Party", "Borja's customers keep asking about search relevance");
        await Assertions.Expect(cysInbox.Done).ToContainTextAsync("Introduction sent to Anika Party and Borja Party");
        await Assertions.Expect(cysInbox.Made).ToContainTextAsync("pending");

        // Anika sees it on her home page and accepts; she is told to wait, nothing more.
        var asAna = await fixture.NewPageAsync();
        await new SignInPage(asAna).SignInAsAsync("Anika Party", ana.Email);
        var widget = asAna.Locator("article.card", new() { HasText = "Introductions for you" });
        await Assertions.Expect(widget).ToContainTextAsync("Cyra Connector would like you to meet Borja Party");
        await widget.GetByRole(AriaRole.Link, new() { Name = "Answer in your introductions inbox" }).ClickAsync();
        var anasInbox = new IntroductionsPage(asAna);
        await Assertions.Expect(anasInbox.Waiting).ToContainTextAsync("search relevance");
        await anasInbox.AcceptAsync("Borja Party");
        await Assertions.Expect(anasInbox.Done).ToContainTextAsync("We'll let you know if Borja Party accepts too");

        // Borja accepts second: now both are connected.
        var asBo = await fixture.NewPageAsync();
        await new SignInPage(asBo).SignInAsAsync("Borja Party", bo.Email);
        var bosInbox = new IntroductionsPage(asBo);
        await bosInbox.OpenAsync();
        await bosInbox.AcceptAsync("Anika Party");
        await Assertions.Expect(bosInbox.Done).ToContainTextAsync("You and Anika Party are now connected");
        var bosNetwork = new MyNetworkPage(asBo);
        await bosNetwork.OpenAsync();
        await Assertions.Expect(bosNetwork.Row("Anika Party")).ToContainTextAsync("connection");

        await cysInbox.OpenAsync();
        await Assertions.Expect(cysInbox.Made).ToContainTextAsync("accepted");
        await asAna.GotoAsync($"/people/{cy.Id}");
        await Assertions.Expect(asAna.Locator(".connector-credit")).ToContainTextAsync("Introduced 1 pair of colleagues who both said yes");
    }
}
