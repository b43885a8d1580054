using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.People;
using Mingle.Programmes;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

[Collection(BrowserCollection.Name)]
public class ProgrammeBrowserTests(BrowserFixture fixture)
{
    async Task<string> ProgrammeAsync(Person owner, params Person[] members)
    {
        var slug = "coffee-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = fixture.App.NewContext();
        var programme = new Programme { Slug = slug, Name = "Coffee " + slug[^4..], OwnerId = owner.Id };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        foreach (var m in members)
            db.ProgrammeMembers.Add(new ProgrammeMember { ProgrammeId = programme.Id, PersonId = m.Id, Status = MembershipStatus.Active });
        await db.SaveChangesAsync();
        return slug;
    }

    [Fact]
    public async Task Join_FromTheProgrammeList_MakesMeAMember()
    {
        var owner = await fixture.App.AddAsync(A.Person("Orla Owner"));
        var me = await fixture.App.AddAsync(A.Person("Jo Joiner"));
        var slug = await ProgrammeAsync(owner);
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Jo Joiner", me.Email);
        var programmes = new ProgrammesPages(page);

        await programmes.OpenListAsync();
        await programmes.JoinAsync(slug);

        await Assertions.Expect(programmes.Status).ToContainTextAsync("active");
        await Assertions.Expect(programmes.Row(slug).Locator("td.status")).ToHaveTextAsync("active");
        await programmes.LeaveAsync(slug);
        await Assertions.Expect(programmes.Row(slug).Locator("td.status")).ToHaveTextAsync("left");
    }

    [Fact]
    public async Task Owner_PreviewsARound_WithoutSavingIt()
    {
        var owner = await fixture.App.AddAsync(A.Person("Pia Planner"));
        var members = new List<Person>();
        foreach (var (name, unit) in new[] { ("Ava Alpha", "Eng/Core"), ("Ben Beta", "Sales/North"), ("Cal Gamma", "Finance/Ledger"), ("Dee Delta", "Legal/Deals") })
            members.Add(await fixture.App.AddAsync(A.Person(name).InUnit(unit)));
        var slug = await ProgrammeAsync(owner, [.. members]);
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Pia Planner", owner.Email);
        var programmes = new ProgrammesPages(page);

        await programmes.OpenAdminAsync(slug);
        await programmes.PreviewAsync();

        await Assertions.Expect(programmes.PreviewSummary).ToContainTextAsync("4 taking part · 2 matches · 0 unmatched");
        await Assertions.Expect(programmes.PreviewRows).ToHaveCountAsync(2);
        await Assertions.Expect(programmes.Status).ToContainTextAsync("Dry run");
        await using var db = fixture.App.NewContext();
        var id = await db.Programmes.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
        Assert.False(await db.ProgrammeRounds.AnyAsync(r => r.ProgrammeId == id));
    }

    [Fact]
    public async Task Member_AnswersDidYouMeet_OnMyMatches()
    {
        var owner = await fixture.App.AddAsync(A.Person("Fay Follow"));
        var me = await fixture.App.AddAsync(A.Person("Gus Guest").InUnit("Ops/Sites"));
        var other = await fixture.App.AddAsync(A.Person("Hal Host").InUnit("Data/Lake"));
        var slug = await ProgrammeAsync(owner, me, other);
        await using (var scope = fixture.App.Services.CreateAsyncScope())
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<CoffeeRounds>().PublishAsync(null, slug, CancellationToken.None));
        long matchId;
        await using (var db = fixture.App.NewContext())
            matchId = await db.MatchParticipants.Where(p => p.PersonId == me.Id).Select(p => p.MatchId).SingleAsync();
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Gus Guest", me.Email);
        var programmes = new ProgrammesPages(page);

        await programmes.OpenMyMatchesAsync();
        await Assertions.Expect(programmes.Match(matchId)).ToContainTextAsync("Hal Host");
        await programmes.AnswerAsync(matchId, "Yes");

        await Assertions.Expect(programmes.Status).ToContainTextAsync("Thanks");
        await Assertions.Expect(programmes.Match(matchId).Locator(".answer")).ToContainTextAsync("yes");
    }
}
