using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

public sealed class ExpertsPage(IPage page)
{
    public async Task SearchAsync(string topic)
    {
        await page.GotoAsync("/experts");
        await page.GetByLabel("Topic").FillAsync(topic);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find experts" }).ClickAsync();
        // Wait for the new page's content, not its "load" event (see DirectoryPage): the server renders the topic
        // into the value attribute, which typing into the old page does not set.
        await Assertions.Expect(page.GetByLabel("Topic")).ToHaveAttributeAsync("value", topic);
    }

    public ILocator Expert(string name) => page.Locator("li.expert", new() { HasText = name });

    public ILocator PathTo(string name) => Expert(name).GetByLabel("Warm path");

    public ILocator Reasons(string name) => Expert(name).Locator("ul.reasons");
}
