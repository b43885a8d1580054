using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Network;
using Mingle.People;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

[Collection(BrowserCollection.Name)]
public class ExpertiseBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ExpertSearch_ShowsTheExpert_WithReasons_AndTheWarmPathAsNames()
    {
        var me = await fixture.App.AddAsync(A.Person("Eve Explorer").InUnit("Browser/Alpha"));
        var teammate = await fixture.App.AddAsync(A.Person("Tara Bridge").InUnit("Browser/Alpha"));
        var expert = await fixture.App.AddAsync(A.Person("Quinn Expert").InUnit("Browser/Beta").WithSkill("Quantum Knitting", 5, canTeach: true));
        await ConnectAsync(teammate, expert);
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Eve Explorer", me.Email);
        var experts = new ExpertsPage(page);

        await experts.SearchAsync("quantum knitting");

        await Assertions.Expect(experts.Reasons("Quinn Expert")).ToContainTextAsync("Can teach Quantum Knitting");
        await Assertions.Expect(experts.PathTo("Quinn Expert")).ToHaveTextAsync("You → Tara Bridge (teammate) → Quinn Expert (connection)");
    }

    [Fact]
    public async Task Suggestions_ShowAReason_AndDismissIsRemembered()
    {
        var me = await fixture.App.AddAsync(A.Person("Lea Learner").InUnit("Browser/Gamma"));
        _ = await fixture.App.AddAsync(A.Person("Olu Origami").InUnit("Browser/Delta").WithSkill("Origami Physics", 4, canTeach: true));
        await WantsToLearnAsync(me, "Origami Physics");
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Lea Learner", me.Email);
        var suggestions = new SuggestionsPage(page);

        await suggestions.OpenAsync();
        await Assertions.Expect(suggestions.Suggestion("Olu Origami")).ToContainTextAsync("Can teach Origami Physics, which you want to learn");
        await suggestions.DismissAsync("Olu Origami");

        await Assertions.Expect(suggestions.Suggestion("Olu Origami")).ToHaveCountAsync(0);
        await suggestions.OpenAsync();
        await Assertions.Expect(suggestions.Suggestion("Olu Origami")).ToHaveCountAsync(0);
    }

    /// <summary>Both sides' Connection entries, as an accepted connection request leaves them.</summary>
    async Task ConnectAsync(Person a, Person b)
    {
        await using var db = fixture.App.NewContext();
        var now = fixture.App.Clock.GetUtcNow().UtcDateTime;
        db.NetworkEntries.AddRange(
            new NetworkEntry { OwnerId = a.Id, PersonId = b.Id, Kind = NetworkEntryKind.Connection, CreatedAt = now, UpdatedAt = now },
            new NetworkEntry { OwnerId = b.Id, PersonId = a.Id, Kind = NetworkEntryKind.Connection, CreatedAt = now, UpdatedAt = now });
        await db.SaveChangesAsync();
    }

    async Task WantsToLearnAsync(Person person, string skill)
    {
        await using var db = fixture.App.NewContext();
        var normalized = Skill.Normalize(skill);
        var entity = db.Skills.Single(s => s.NormalizedName == normalized);
        db.PersonSkills.Add(new PersonSkill { PersonId = person.Id, SkillId = entity.Id, Level = 1, WantsToLearn = true });
        await db.SaveChangesAsync();
    }
}
