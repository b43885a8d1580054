using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

public sealed class ImportPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/admin/import");

    public async Task UploadAsync(string fileName, string csv)
    {
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
    }

    public ILocator Errors => page.GetByRole(AriaRole.Alert, new() { Name = "Import errors" });

    public ILocator Success => page.GetByRole(AriaRole.Status);
}
