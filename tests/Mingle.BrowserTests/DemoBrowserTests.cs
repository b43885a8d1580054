using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.Demo;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

/// <summary>A first start on an empty database, as a new user sees it; screenshots land in .test-output/screenshots.</summary>
public sealed class DemoBrowserTests : IAsyncLifetime
{
    MingleApp app = null!;
    IPlaywright playwright = null!;
    IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        app = await MingleApp.StartOnKestrelAsync(seedPeople: 400);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MINGLE_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [Fact]
    public async Task DemoOrganisation_AnalystSignsIn_BrowsesDirectoryOrgChartAndAProfile()
    {
        var context = await browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/signin");
        await Assertions.Expect(page.Locator($"button.pick[data-email='{DemoLogins.Analyst}']")).ToContainTextAsync("Analyst");
        await Shot(page, "signin");
        await page.Locator($"button.pick[data-email='{DemoLogins.Analyst}']").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Hello, Ana");
        await Shot(page, "home");

        var directory = new DirectoryPage(page);
        await directory.OpenAsync();
        Assert.True(int.Parse(await directory.CountAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 390);
        await directory.SearchAsync("kubernetes");
        Assert.NotEmpty(await directory.NamesAsync());
        await Shot(page, "directory");

        await page.Locator(".people .person-link").First.ClickAsync();
        await Assertions.Expect(page.Locator(".skills")).ToContainTextAsync("Kubernetes");
        await Shot(page, "profile");

        await page.GotoAsync("/org");
        Assert.True(await page.Locator(".tree > li").CountAsync() >= 5, "divisions at the top of the org chart");
        await page.Locator(".tree > li > details > summary > a").Nth(1).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Members" })).ToBeVisibleAsync();
        await Shot(page, "org-unit");
    }

    static async Task Shot(IPage page, string name)
    {
        var dir = Path.Combine(Mingle.Data.DatabaseSettings.FindRepositoryRoot(AppContext.BaseDirectory) ?? Path.GetTempPath(), ".test-output", "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"{name}.png"), FullPage = false });
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await app.DisposeAsync();
    }
}
