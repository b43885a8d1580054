using System.Globalization;
using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

/// <summary>
/// The directory's search form is a plain GET form, so each search is a new document. We wait for that document's
/// content, not for its "load" event (what <c>WaitForURLAsync</c> waits for): on a busy machine Playwright's client
/// missed that event (two clean-clone CI runs; reproduced with both cores busy, about one run in fifteen) although the
/// page reported readyState "complete" and a load event 0.6 s after the click.
/// </summary>
public sealed class DirectoryPage(IPage page)
{
    const int PageSize = 20;

    public async Task OpenAsync() => await page.GotoAsync("/people");

    public async Task SearchAsync(string text)
    {
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        // The value attribute is what the server rendered; typing into the old page only changes the property.
        await Assertions.Expect(page.Locator("form.filters input[name=q]")).ToHaveAttributeAsync("value", text);
        await ResultsRenderedAsync();
    }

    public async Task FilterByLocationAsync(string location)
    {
        await page.GetByLabel("Location").SelectOptionAsync(new SelectOptionValue { Label = location });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        // Likewise the selected attribute comes only with the new page.
        await Assertions.Expect(page.Locator("form.filters select[name=location] option[selected]")).ToHaveTextAsync(location);
        await ResultsRenderedAsync();
    }

    /// <summary>The whole result list is in the document: as many cards as the count says, up to a page.</summary>
    async Task ResultsRenderedAsync()
    {
        var count = page.GetByTestId("result-count");
        await Assertions.Expect(count).ToBeVisibleAsync();
        var total = int.Parse(await count.InnerTextAsync(), CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator(".people .person-card")).ToHaveCountAsync(Math.Min(total, PageSize));
    }

    public async Task<IReadOnlyList<string>> NamesAsync() =>
        await page.Locator(".people .person-link").AllInnerTextsAsync();

    public async Task<string> CountAsync() => await page.GetByTestId("result-count").InnerTextAsync();
}
