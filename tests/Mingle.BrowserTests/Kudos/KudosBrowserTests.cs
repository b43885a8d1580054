using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests.Kudos;

[Collection(BrowserCollection.Name)]
public class KudosBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task GiveKudosFromAProfile_TheReceiverSeesItOnTheirPageAsPlainText()
    {
        var giver = await fixture.App.AddAsync(A.Person("Kit Giver"));
        var receiver = await fixture.App.AddAsync(A.Person("Kai Receiver"));
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Kit Giver", giver.Email);
        var kudos = new ProfileKudos(page);

        await kudos.OpenAsync(receiver.Id);
        Assert.Equal("0", await kudos.CountAsync());
        await kudos.SubmitAsync("   ");
        await Assertions.Expect(kudos.Errors).ToContainTextAsync("A message is required");
        await kudos.OpenAsync(receiver.Id);
        await kudos.GiveAsync("Thanks for the <b>demo</b>, Kai!");
        Assert.Equal("1", await kudos.CountAsync());

        var theirs = await fixture.NewPageAsync();
        await new SignInPage(theirs).SignInAsAsync("Kai Receiver", receiver.Email);
        var mine = new ProfileKudos(theirs);
        await mine.OpenAsync(receiver.Id);
        Assert.Equal(["Thanks for the <b>demo</b>, Kai!"], await mine.MessagesAsync()); // shown as text, never as HTML
        Assert.Equal(0, await theirs.Locator("section.kudos b").CountAsync());
        Assert.Contains("Kit Giver", await theirs.Locator("section.kudos .kudos-list").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await theirs.GetByLabel("Kudos message").CountAsync()); // no kudos to yourself

        await theirs.GotoAsync("/me/kudos");
        await Assertions.Expect(theirs.Locator(".kudos-list.received")).ToContainTextAsync("Thanks for the <b>demo</b>, Kai!");
    }
}
