using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

public sealed class InsightsDashboardPage(IPage page)
{
    public async Task OpenHeatmapAsync(string level = "department") => await page.GotoAsync($"/insights/heatmap?level={level}");

    public async Task OpenOverviewAsync() => await page.GotoAsync("/insights");

    public async Task OpenSilosAsync() => await page.GotoAsync("/insights/silos");

    /// <summary>The heatmap once ECharts has drawn it (insights.js marks the element).</summary>
    public ILocator RenderedHeatmap => page.Locator("#heatmap[data-rendered='true'] canvas");

    public ILocator HeatmapData => page.Locator("#heatmap-data");

    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name });

    public ILocator SiloUnits => page.Locator("table.silo-units");
}
