using Microsoft.Playwright;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests.Support;

/// <summary>One app on Kestrel and one headless Debian chromium for the whole collection; each test gets its own context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    IPlaywright? playwright;

    public MingleApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await MingleApp.StartOnKestrelAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MINGLE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseAddress.ToString() });
        context.SetDefaultTimeout(ExpectTimeout.Milliseconds);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
