using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Network;
using Mingle.Onboarding;
using Mingle.Programmes;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

[Collection(BrowserCollection.Name)]
public class OnboardingBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task NewHire_SeesTheirBuddy_AndMarksTheWeekOneMeetingDone()
    {
        var owner = await fixture.App.AddAsync(A.Person("Bea Buddyowner"));
        var hire = await fixture.App.AddAsync(A.Person("Nico Newhire").InUnit("Eng/Search").At("Porto"));
        var buddy = await fixture.App.AddAsync(A.Person("Bruno Buddy").InUnit("Eng/Ranking").At("Porto").Titled("Senior engineer"));
        var today = DateOnly.FromDateTime(fixture.App.Clock.GetUtcNow().UtcDateTime);
        var slug = "buddies-" + Guid.NewGuid().ToString("N")[..8];
        await using (var db = fixture.App.NewContext())
        {
            await db.People.Where(p => p.Id == hire.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.HireDate, today.AddDays(-2)));
            await db.People.Where(p => p.Id == buddy.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.HireDate, today.AddYears(-3)));
            var programme = new Programme { Slug = slug, Name = "Buddies " + slug[^4..], Type = ProgrammeType.Buddy, OwnerId = owner.Id };
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            foreach (var m in new[] { hire, buddy })
                db.ProgrammeMembers.Add(new ProgrammeMember { ProgrammeId = programme.Id, PersonId = m.Id, Status = MembershipStatus.Active });
            await db.SaveChangesAsync();
        }
        await using (var scope = fixture.App.Services.CreateAsyncScope())
            Assert.Single((await scope.ServiceProvider.GetRequiredService<BuddyProgramme>().PublishAsync(null, slug, CancellationToken.None))!.Pairs);

        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Nico Newhire", hire.Email);
        var onboarding = new MyOnboardingPage(page);
        await onboarding.OpenAsync();

        await Assertions.Expect(onboarding.Buddy).ToHaveTextAsync("Bruno Buddy");
        await Assertions.Expect(onboarding.Step(1)).ToContainTextAsync("Week 1: meet Bruno Buddy (Senior engineer)");
        await onboarding.WeMetAsync(1);

        await Assertions.Expect(onboarding.Status).ToContainTextAsync("noted that you met");
        await Assertions.Expect(onboarding.Step(1).Locator(".done")).ToContainTextAsync("Met on");
        await using var check = fixture.App.NewContext();
        Assert.True(await check.Interactions.AnyAsync(i => i.FromPersonId == hire.Id && i.ToPersonId == buddy.Id
            && i.Type == InteractionType.Coffee && i.Source == InteractionSource.Platform));
    }
}
