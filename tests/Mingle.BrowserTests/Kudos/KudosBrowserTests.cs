using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Programmes;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests.Kudos;

[Collection(BrowserCollection.Name)]
public class KudosBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task GiveKudosFromAProfile_TheReceiverSeesItOnTheirPageAsPlainText()
    {
        var giver = await fixture.App.AddAsync(A.Person("Kit Giver"));
        var receiver = await fixture.App.AddAsync(A.Person("Kai Receiver").WithSkill("Pair Programming", 4).WithSkill("Event Storming", 3));
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Kit Giver", giver.Email);
        var kudos = new ProfileKudos(page);

        await kudos.OpenAsync(receiver.Id);
        Assert.Equal("0", await kudos.CountAsync());
        await kudos.SubmitAsync("   ");
        await Assertions.Expect(kudos.Errors).ToContainTextAsync("A message is required");
        await kudos.OpenAsync(receiver.Id);
        await Assertions.Expect(page.GetByLabel("Kudos skill").Locator("option"))
            .ToHaveTextAsync(["none in particular", "Event Storming", "Pair Programming"]); // the receiver's skills
        await kudos.GiveAsync("Thanks for the <b>demo</b>, Kai!", skill: "Pair Programming");
        Assert.Equal("1", await kudos.CountAsync());
        await Assertions.Expect(page.Locator("section.kudos .kudos-list li").First).ToContainTextAsync("· Pair Programming");

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

    [Fact]
    public async Task FollowUpWithKudos_OnMyMatches_ShowsOnThePartnersProfile()
    {
        var owner = await fixture.App.AddAsync(A.Person("Kim Owner"));
        var me = await fixture.App.AddAsync(A.Person("Kip Matched").InUnit("Ops/Kudos"));
        var partner = await fixture.App.AddAsync(A.Person("Kya Partner").InUnit("Data/Kudos"));
        const string slug = "kudos-coffee";
        await using (var db = fixture.App.NewContext())
        {
            var programme = new Programme { Slug = slug, Name = "Kudos coffee", OwnerId = owner.Id };
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            db.ProgrammeMembers.AddRange(
                new ProgrammeMember { ProgrammeId = programme.Id, PersonId = me.Id, Status = MembershipStatus.Active },
                new ProgrammeMember { ProgrammeId = programme.Id, PersonId = partner.Id, Status = MembershipStatus.Active });
            await db.SaveChangesAsync();
        }
        await using (var scope = fixture.App.Services.CreateAsyncScope())
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<CoffeeRounds>().PublishAsync(null, slug, CancellationToken.None));
        long matchId;
        await using (var db = fixture.App.NewContext())
            matchId = await db.MatchParticipants.Where(p => p.PersonId == me.Id).Select(p => p.MatchId).SingleAsync();
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Kip Matched", me.Email);
        var programmes = new ProgrammesPages(page);

        await programmes.OpenMyMatchesAsync();
        await programmes.WriteKudosAsync(matchId, "Lovely coffee, thanks Kya!");
        await programmes.AnswerAsync(matchId, "Yes");
        await Assertions.Expect(programmes.Status).ToContainTextAsync("kudos were sent");

        var kudos = new ProfileKudos(page);
        await kudos.OpenAsync(partner.Id);
        Assert.Equal(["Lovely coffee, thanks Kya!"], await kudos.MessagesAsync());
    }
}
