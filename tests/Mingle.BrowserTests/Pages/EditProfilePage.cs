using Microsoft.Playwright;

namespace Mingle.BrowserTests.Pages;

public sealed class EditProfilePage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/me/profile");

    public async Task AddSkillAsync(int row, string name, int level, bool canTeach)
    {
        await page.GetByLabel($"Skill {row}", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel($"Level of skill {row}").FillAsync(level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (canTeach) await page.GetByLabel($"Can teach skill {row}").CheckAsync();
    }

    public async Task SetInterestsAsync(string interests) =>
        await page.GetByLabel("Interests (comma-separated)").FillAsync(interests);

    public async Task SetPhotoUrlAsync(string url) => await page.GetByLabel("Photo URL").FillAsync(url);

    public async Task SaveAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

    public ILocator Saved => page.GetByRole(AriaRole.Status);

    public ILocator Errors => page.GetByRole(AriaRole.Alert);
}
