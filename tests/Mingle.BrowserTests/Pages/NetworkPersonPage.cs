using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

/// <summary>One person in my network: timeline, private notes, balance, cadence.</summary>
public sealed class NetworkPersonPage(IPage page)
{
    public async Task OpenFromMyNetworkAsync(string person)
    {
        await page.GotoAsync("/me/network");
        await page.Locator("table.network").GetByRole(AriaRole.Link, new() { Name = person }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = person, Exact = true }).WaitForAsync();
    }

    public async Task LogAsync(string type, DateOnly date, string note)
    {
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = type });
        await page.GetByLabel("Date").FillAsync(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log it" }).ClickAsync();
        await Assertions.Expect(Status).ToContainTextAsync("Interaction logged");
    }

    public async Task SaveAsync(string notes, int cadenceDays)
    {
        await page.GetByLabel("Notes").FillAsync(notes);
        await page.GetByLabel("Cadence in days").FillAsync(cadenceDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(Status).ToContainTextAsync("Saved");
    }

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator Timeline => page.Locator("ol.timeline");

    public ILocator Notes => page.Locator("div.notes");

    public ILocator Relationship => page.GetByRole(AriaRole.Article, new() { Name = "Relationship" });

    public ILocator Balance => page.GetByRole(AriaRole.Article, new() { Name = "Balance" });
}
