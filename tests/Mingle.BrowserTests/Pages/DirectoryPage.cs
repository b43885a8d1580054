using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

public sealed class DirectoryPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/people");

    public async Task SearchAsync(string text)
    {
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
    }

    public async Task FilterByLocationAsync(string location)
    {
        await page.GetByLabel("Location").SelectOptionAsync(new SelectOptionValue { Label = location });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("location=", StringComparison.Ordinal));
    }

    public async Task<IReadOnlyList<string>> NamesAsync() =>
        await page.Locator(".people .person-link").AllInnerTextsAsync();

    public async Task<string> CountAsync() => await page.GetByTestId("result-count").InnerTextAsync();
}
