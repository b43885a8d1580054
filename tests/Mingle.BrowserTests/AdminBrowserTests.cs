using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

[Collection(BrowserCollection.Name)]
public class AdminBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Admin_UploadsBadHrisFile_SeesLineNumberedErrors_AndNothingIsImported()
    {
        var admin = await fixture.App.AddAsync(A.Person("Ivy Importer"));
        await fixture.App.GrantAsync(admin, "Admin");
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Ivy Importer", admin.Email);
        var import = new ImportPage(page);

        await import.OpenAsync();
        await import.UploadAsync("hris.csv",
            "employee_id,email,name,manager_email,hire_date\n" +
            "B1,zed@corp.example,Zed Browser,,2020-01-01\n" +
            "B2,yan@corp.example,Yan Browser,ghost@corp.example,2020-02-30\n");

        await Assertions.Expect(import.Errors).ToContainTextAsync("line 3, column manager_email:");
        await Assertions.Expect(import.Errors).ToContainTextAsync("line 3, column hire_date:");
        await Assertions.Expect(import.Errors).ToContainTextAsync("nothing was imported");
        await using var db = fixture.App.NewContext();
        Assert.False(await db.People.AnyAsync(p => p.Email == "zed@corp.example"));
    }

    [Fact]
    public async Task Admin_UploadsGoodHrisFile_SeesCounts()
    {
        var admin = await fixture.App.AddAsync(A.Person("Ike Importer"));
        await fixture.App.GrantAsync(admin, "Admin");
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Ike Importer", admin.Email);
        var import = new ImportPage(page);

        await import.OpenAsync();
        await import.UploadAsync("hris.csv", "employee_id,email,name\nG1,good.one@corp.example,Good One\n");

        await Assertions.Expect(import.Success).ToContainTextAsync("1 created");
    }

    [Fact]
    public async Task Employee_CannotOpenTheImportPage()
    {
        var me = await fixture.App.AddAsync(A.Person("Eve Employee"));
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync("Eve Employee", me.Email);

        await page.GotoAsync("/admin/import");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
    }
}
