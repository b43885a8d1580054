using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

/// <summary>The survey list and builder, the answer page and the results page.</summary>
public sealed class SurveyPages(IPage page)
{
    public async Task<int> CreateAsync(string title, string audiencePath, string nameQuestion, string scaleQuestion)
    {
        await page.GotoAsync("/surveys");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Audience").SelectOptionAsync(new SelectOptionValue { Label = audiencePath });
        await page.GetByLabel("Name question 1").FillAsync(nameQuestion);
        await page.GetByLabel("Scale question 1").FillAsync(scaleQuestion);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create survey" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
        return int.Parse(page.Url.Split('/')[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task OpenFromListAsync(string title)
    {
        await page.GotoAsync("/surveys");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
    }

    public ILocator Statement => page.GetByLabel("Confidentiality statement");

    public async Task SearchAsync(string text)
    {
        await page.GetByLabel("Search colleagues").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.Locator("ul.found").WaitForAsync();
    }

    public async Task NameAsync(string question, int slot, string email) =>
        await page.GetByLabel($"{question} colleague {slot}").FillAsync(email);

    public async Task ScaleAsync(string question, int value) =>
        await page.GetByLabel(question).SelectOptionAsync(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task SubmitAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).ClickAsync();

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public async Task OpenResultsAsync(int id) => await page.GotoAsync($"/surveys/{id}/results");

    public ILocator Respondents => page.GetByTestId("respondents");

    public ILocator Groups => page.Locator("table.groups").First;

    public ILocator Main => page.Locator("main");
}
