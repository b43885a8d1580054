using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

[Collection(BrowserCollection.Name)]
public class PeopleBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SignIn_ThenSearchDirectory_FindsColleagueBySkillAndFiltersByLocation()
    {
        var me = await fixture.App.AddAsync(A.Person("Wren Searcher").At("Porto"));
        var expert = await fixture.App.AddAsync(A.Person("Quinn Kubernaut").At("Lisbon").WithSkill("Quantum Kubernetes", 5, true));
        await fixture.App.AddAsync(A.Person("Rory Kubernaut").At("Madrid").WithSkill("Quantum Kubernetes", 2));
        var page = await fixture.NewPageAsync();

        await new SignInPage(page).SignInAsAsync("Wren Searcher", me.Email);
        var directory = new DirectoryPage(page);
        await directory.OpenAsync();
        await directory.SearchAsync("quantum kubernetes");

        Assert.Equal(["Quinn Kubernaut", "Rory Kubernaut"], (await directory.NamesAsync()).Order());
        await directory.FilterByLocationAsync("Lisbon");
        Assert.Equal(["Quinn Kubernaut"], await directory.NamesAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Quinn Kubernaut" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Quinn Kubernaut" }).WaitForAsync();
        Assert.Contains("can teach", await page.Locator(".skills").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal($"/people/{expert.Id}", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task EditMyProfile_AddsSkillAndInterests_ShownOnMyProfile()
    {
        var me = await fixture.App.AddAsync(A.Person("Ezra Editor"));
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Ezra Editor", me.Email);
        var edit = new EditProfilePage(page);

        await edit.OpenAsync();
        await edit.AddSkillAsync(1, "Event Storming", 4, canTeach: true);
        await edit.SetInterestsAsync("bouldering, chess");
        await edit.SaveAsync();
        await Assertions.Expect(edit.Saved).ToContainTextAsync("Profile saved");

        await page.GotoAsync($"/people/{me.Id}");
        var skills = await page.Locator(".skills").InnerTextAsync();
        Assert.Contains("Event Storming", skills, StringComparison.Ordinal);
        Assert.Contains("can teach", skills, StringComparison.Ordinal);
        Assert.Contains("bouldering, chess", await page.Locator(".profile").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditMyProfile_BadPhotoUrl_ShowsErrorAndKeepsTyping()
    {
        var me = await fixture.App.AddAsync(A.Person("Fay Faulty"));
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Fay Faulty", me.Email);
        var edit = new EditProfilePage(page);

        await edit.OpenAsync();
        await edit.SetInterestsAsync("kayaking");
        await edit.SetPhotoUrlAsync("javascript:alert(1)");
        await edit.SaveAsync();

        await Assertions.Expect(edit.Errors).ToContainTextAsync("Photo URL must be an absolute http(s) address");
        Assert.Equal("kayaking", await page.GetByLabel("Interests (comma-separated)").InputValueAsync());
    }
}
