using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

public sealed class SignInPage(IPage page)
{
    /// <summary>Development sign-in: search for the person, click them, land on the home page.</summary>
    public async Task SignInAsAsync(string name, string email)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("Search people to sign in as").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.Locator($"button.pick[data-email='{email}']").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = $"Hello, {name}" }).WaitForAsync();
    }
}
