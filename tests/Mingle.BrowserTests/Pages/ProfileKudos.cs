using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

/// <summary>The kudos panel on a person's profile page.</summary>
public sealed class ProfileKudos(IPage page)
{
    ILocator Panel => page.Locator("section.kudos");

    public Task OpenAsync(int personId) => page.GotoAsync($"/people/{personId}");

    public async Task SubmitAsync(string message, string? skill = null)
    {
        await page.GetByLabel("Kudos message").FillAsync(message);
        if (skill is not null) await page.GetByLabel("Kudos skill").SelectOptionAsync(new SelectOptionValue { Label = skill });
        await page.GetByRole(AriaRole.Button, new() { Name = "Give kudos" }).ClickAsync();
    }

    public async Task GiveAsync(string message, string? skill = null)
    {
        await SubmitAsync(message, skill);
        await Assertions.Expect(Panel.GetByRole(AriaRole.Status)).ToContainTextAsync("Kudos sent");
    }

    public async Task<string> CountAsync() => (await Panel.Locator(".count").InnerTextAsync()).Trim();

    public async Task<IReadOnlyList<string>> MessagesAsync() => await Panel.Locator(".kudos-list .message").AllInnerTextsAsync();

    public ILocator Errors => Panel.GetByRole(AriaRole.Alert);
}
