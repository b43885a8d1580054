using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Mentoring;
using Mingle.Programmes;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

[Collection(BrowserCollection.Name)]
public class MentoringBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task MenteeApplies_OwnerPublishes_MenteeSeesTheRelationshipAndLogsASession()
    {
        var owner = await fixture.App.AddAsync(A.Person("Odile Owner"));
        var mentor = await fixture.App.AddAsync(A.Person("Mira Mentor").InUnit("Eng/Cloud").AtLevel(6).WithSkill("Terraform", 5, true));
        var mentee = await fixture.App.AddAsync(A.Person("Nico Newbie").InUnit("Sales/South").AtLevel(4));
        var slug = "mentoring-" + Guid.NewGuid().ToString("N")[..8];
        await using (var db = fixture.App.NewContext())
        {
            db.Programmes.Add(new Programme { Slug = slug, Name = "Mentoring " + slug[^4..], Type = ProgrammeType.Mentoring, OwnerId = owner.Id });
            await db.SaveChangesAsync();
        }
        await using (var scope = fixture.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<MentoringApplications>().ApplyAsync(mentor.Id, slug,
                new ApplyForMentoring("mentor", "Share infrastructure craft", ["Terraform"], 2), CancellationToken.None);

        var menteePage = await fixture.NewPageAsync();
        await new SignInPage(menteePage).SignInAsAsync("Nico Newbie", mentee.Email);
        var asMentee = new MentoringPages(menteePage);
        // From the programme list: a mentoring programme is applied for, not joined like a coffee programme.
        var list = new ProgrammesPages(menteePage);
        await list.OpenListAsync();
        await Assertions.Expect(list.Row(slug).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await list.Row(slug).GetByRole(AriaRole.Link, new() { Name = "Apply or see my mentoring" }).ClickAsync();
        await asMentee.ApplyAsMenteeAsync("Learn infrastructure as code with Terraform", "terraform");
        await Assertions.Expect(asMentee.Status).ToContainTextAsync("application is in");
        await Assertions.Expect(asMentee.ApplicationStatus).ToHaveTextAsync("submitted");

        var ownerPage = await fixture.NewPageAsync();
        await new SignInPage(ownerPage).SignInAsAsync("Odile Owner", owner.Email);
        var asOwner = new MentoringPages(ownerPage);
        await asOwner.OpenCohortAsync(slug);
        await Assertions.Expect(asOwner.PairRows).ToHaveCountAsync(1);
        await Assertions.Expect(asOwner.PairRows.First).ToContainTextAsync("Mira Mentor");
        await Assertions.Expect(asOwner.PairRows.First).ToContainTextAsync("offers Terraform");
        await asOwner.PublishAsync();
        await Assertions.Expect(asOwner.Status).ToContainTextAsync("Published");

        await asMentee.OpenAsync(slug);
        await Assertions.Expect(asMentee.Relationships).ToHaveCountAsync(1);
        await Assertions.Expect(asMentee.Relationships.First.Locator(".with")).ToHaveTextAsync("Mira Mentor");
        await asMentee.LogSessionAsync("We planned a **first module**");
        await Assertions.Expect(asMentee.Status).ToContainTextAsync("Session logged");
        await Assertions.Expect(asMentee.Sessions).ToHaveCountAsync(1);
        await Assertions.Expect(asMentee.Sessions.First.Locator("strong")).ToHaveTextAsync("first module");
        await using var check = fixture.App.NewContext();
        Assert.Equal(1, await check.MentoringSessions.CountAsync(s => s.LoggedById == mentee.Id));
    }
}
