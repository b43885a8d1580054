using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Programmes;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

[Collection(BrowserCollection.Name)]
public class ProgrammeAudienceBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Owner_SetsTheAudienceToAUnit_SeesItsSize_AndSomeoneOutsideIsNotOfferedJoin()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var owner = await fixture.App.AddAsync(A.Person("Aud Owner"));
        await fixture.App.AddAsync(A.Person("Ina Inside").InUnit($"AudEng{tag}/Platform"));
        await fixture.App.AddAsync(A.Person("Ian Inside").InUnit($"AudEng{tag}"));
        foreach (var name in new[] { "Ivy", "Ike", "Isa" }) await fixture.App.AddAsync(A.Person($"{name} Inside").InUnit($"AudEng{tag}/Data"));
        var outsider = await fixture.App.AddAsync(A.Person("Oz Outside").InUnit($"AudSales{tag}"));
        var slug = "aud-" + tag;
        await using (var db = fixture.App.NewContext())
        {
            db.Programmes.Add(new Programme { Slug = slug, Name = "Audience coffee " + tag, OwnerId = owner.Id });
            await db.SaveChangesAsync();
        }
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Aud Owner", owner.Email);
        var programmes = new ProgrammesPages(page);

        await programmes.OpenAdminAsync(slug);
        await Assertions.Expect(programmes.AudienceSummary).ToContainTextAsync("Everyone");
        await programmes.SetAudienceUnitsAsync($"AudEng{tag}");

        await Assertions.Expect(programmes.Status).ToContainTextAsync("Audience saved");
        await Assertions.Expect(programmes.AudienceSummary).ToContainTextAsync($"units AudEng{tag}");
        await Assertions.Expect(programmes.AudienceSize).ToHaveTextAsync("5"); // the unit and its teams

        var theirs = await fixture.NewPageAsync();
        await new SignInPage(theirs).SignInAsAsync("Oz Outside", outsider.Email);
        var list = new ProgrammesPages(theirs);
        await list.OpenListAsync();
        await Assertions.Expect(list.Row(slug)).ToContainTextAsync($"Not open to you: it is for units AudEng{tag}");
        await Assertions.Expect(list.Row(slug).GetByRole(AriaRole.Button, new() { Name = "Join" })).ToHaveCountAsync(0);
    }
}
