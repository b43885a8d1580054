using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

/// <summary>"My onboarding": the new hire's buddy and journey steps.</summary>
public sealed class MyOnboardingPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/me/onboarding");

    public ILocator Buddy => page.Locator("section.journey strong.buddy");

    public ILocator Step(int week) => page.Locator($"li[data-week='{week}']");

    public async Task WeMetAsync(int week) => await Step(week).GetByRole(AriaRole.Button, new() { Name = "We met" }).ClickAsync();

    public ILocator Status => page.GetByRole(AriaRole.Status);
}
