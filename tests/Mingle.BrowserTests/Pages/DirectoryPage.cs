using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

public sealed class DirectoryPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/people");

    public async Task SearchAsync(string text)
    {
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=" + Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal), StringComparison.Ordinal)
            || url.Contains("q=" + Uri.EscapeDataString(text), StringComparison.Ordinal));
    }

    public async Task FilterByLocationAsync(string location)
    {
        await page.GetByLabel("Location").SelectOptionAsync(new SelectOptionValue { Label = location });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        // The form submits every field, so "location=" is in the URL already; wait for a chosen value.
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "[?&]location=[0-9]+"));
    }

    public async Task<IReadOnlyList<string>> NamesAsync() =>
        await page.Locator(".people .person-link").AllInnerTextsAsync();

    public async Task<string> CountAsync() => await page.GetByTestId("result-count").InnerTextAsync();
}
