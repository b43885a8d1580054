using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

public sealed class MyNetworkPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/me/network");

    /// <summary>Adds a colleague from their profile page; the app then shows My network.</summary>
    public async Task AddFromProfileAsync(int personId)
    {
        await page.GotoAsync($"/people/{personId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to my network" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "My network" }).WaitForAsync();
    }

    public async Task LogAsync(string person, string type, string note)
    {
        await page.GetByLabel("Person", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = person });
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = type });
        await page.GetByLabel("Note").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log it" }).ClickAsync();
    }

    public ILocator Logged => page.GetByRole(AriaRole.Status);

    /// <summary>The ego-network SVG, found by its accessible name.</summary>
    public ILocator Picture => page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Your network: you and") });

    public ILocator PictureNode(int personId) => page.Locator($"svg a.ego-node[data-person-id='{personId}'] circle");

    public ILocator RecentInteractions => page.Locator("ul.interactions");

    public ILocator Row(string person) => page.Locator("table.network tr", new() { HasText = person });
}
