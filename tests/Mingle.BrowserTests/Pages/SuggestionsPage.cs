using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

public sealed class SuggestionsPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/me/suggestions");

    public ILocator Suggestion(string name) => page.Locator("li.suggestion", new() { HasText = name });

    public async Task DismissAsync(string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Dismiss {name}" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "People you should know" }).WaitForAsync();
    }
}
