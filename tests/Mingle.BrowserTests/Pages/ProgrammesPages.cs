using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

/// <summary>The programme list, a programme's admin page and my matches.</summary>
public sealed class ProgrammesPages(IPage page)
{
    public async Task OpenListAsync() => await page.GotoAsync("/programmes");

    public ILocator Row(string slug) => page.Locator($"tr[data-programme='{slug}']");

    public async Task JoinAsync(string slug) => await Row(slug).GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();

    public async Task LeaveAsync(string slug) => await Row(slug).GetByRole(AriaRole.Button, new() { Name = "Leave" }).ClickAsync();

    public async Task OpenAdminAsync(string slug) => await page.GotoAsync($"/programmes/{slug}/admin");

    public async Task PreviewAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Preview round" }).ClickAsync();

    public ILocator PreviewSummary => page.Locator("#preview-summary");

    public ILocator PreviewRows => page.Locator("table.preview tbody tr");

    public async Task OpenMyMatchesAsync() => await page.GotoAsync("/me/matches");

    public ILocator Match(long id) => page.Locator($"li[data-match='{id}']");

    public async Task AnswerAsync(long id, string answer) => await Match(id).GetByRole(AriaRole.Button, new() { Name = answer, Exact = true }).ClickAsync();

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public async Task SetAudienceUnitsAsync(params string[] unitPaths)
    {
        await page.GetByLabel("Audience units").SelectOptionAsync(unitPaths.Select(p => new SelectOptionValue { Label = p }));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save audience" }).ClickAsync();
    }

    public ILocator AudienceSize => page.Locator("#audience-size");

    public ILocator AudienceSummary => page.Locator("#audience-summary");

    public async Task WriteKudosAsync(long id, string text) => await page.GetByLabel($"Kudos for match {id}").FillAsync(text);
}
