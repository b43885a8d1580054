using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

/// <summary>A mentoring programme's page (apply, my relationships) and the owner's cohort review.</summary>
public sealed class MentoringPages(IPage page)
{
    public async Task OpenAsync(string slug) => await page.GotoAsync($"/programmes/{slug}/mentoring");

    public async Task ApplyAsMenteeAsync(string goals, string skills)
    {
        await page.GetByLabel("Role").SelectOptionAsync("mentee");
        await page.GetByLabel("Goals").FillAsync(goals);
        await page.GetByLabel("Skills").FillAsync(skills);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
    }

    public ILocator ApplicationStatus => page.Locator("#application-status");

    public async Task OpenCohortAsync(string slug) => await page.GotoAsync($"/programmes/{slug}/mentoring/cohort");

    public ILocator PairRows => page.Locator("table.pairs tbody tr");

    public async Task PublishAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Publish cohort" }).ClickAsync();

    public ILocator Relationships => page.Locator("section.relationship");

    public async Task LogSessionAsync(string note)
    {
        await Relationships.First.GetByLabel("Session note").FillAsync(note);
        await Relationships.First.GetByRole(AriaRole.Button, new() { Name = "Log session" }).ClickAsync();
    }

    public ILocator Sessions => page.Locator("ul.sessions li");

    public ILocator Status => page.GetByRole(AriaRole.Status);
}
