using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

public sealed class IntroductionsPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/me/introductions");

    public async Task IntroduceAsync(string first, string second, string reason)
    {
        await page.GetByLabel("First person").SelectOptionAsync(new SelectOptionValue { Label = first });
        await page.GetByLabel("Second person").SelectOptionAsync(new SelectOptionValue { Label = second });
        await page.GetByLabel("Reason").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Introduce them" }).ClickAsync();
    }

    public async Task AcceptAsync(string other) =>
        await page.GetByRole(AriaRole.Button, new() { Name = $"Accept introduction to {other}" }).ClickAsync();

    public ILocator Done => page.GetByRole(AriaRole.Status);

    public ILocator Waiting => page.GetByRole(AriaRole.Region, new() { Name = "Waiting for your answer" });

    public ILocator Made => page.Locator("ul.made");
}
