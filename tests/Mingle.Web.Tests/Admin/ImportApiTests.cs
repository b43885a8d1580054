using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Admin;

public class ImportApiTests
{
    const string Header = "employee_id,email,name,title,department,manager_email,location,country,time_zone,level,hire_date,status\n";

    static StringContent Csv(string body) => new(Header + body, Encoding.UTF8, "text/csv");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportPeople_AsAdmin_CreatesPeopleAndUnits(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var client = await app.ClientForAsync(admin);

        var response = await client.PostAsync("/api/admin/import/people", Csv(
            "X1,lee@corp.example,Lee Boss,CTO,Engineering,,Lisbon,PT,Europe/Lisbon,9,2015-03-01,active\n" +
            "X2,kim@corp.example,Kim Dev,Engineer,Engineering/Platform,lee@corp.example,Lisbon,PT,Europe/Lisbon,4,2021-06-15,active\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        await using var db = app.NewContext();
        var kim = await db.People.Include(p => p.OrgUnit).Include(p => p.Manager).SingleAsync(p => p.EmployeeId == "X2");
        Assert.Equal("Engineering/Platform", kim.OrgUnit!.Path);
        Assert.Equal("X1", kim.Manager!.EmployeeId);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "import.people" && a.ActorId == admin.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportPeople_BadRows_Returns400WithEveryLine_AndWritesNothing(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var client = await app.ClientForAsync(admin);

        var response = await client.PostAsync("/api/admin/import/people", Csv(
            "X1,lee@corp.example,Lee Boss,CTO,Engineering,,Lisbon,PT,Europe/Lisbon,9,2015-03-01,active\n" +
            "X2,not-an-email,Kim Dev,Engineer,Engineering,lee@corp.example,Lisbon,PT,Europe/Lisbon,4,2021-06-15,active\n" +
            "X3,sam@corp.example,Sam,Engineer,Engineering,nobody@corp.example,Lisbon,PT,Mars/Olympus,four,2021-13-01,retired\n"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("line 3, column email:", StringComparison.Ordinal));
        foreach (var column in new[] { "manager_email", "time_zone", "level", "hire_date", "status" })
            Assert.Contains(messages, m => m.StartsWith($"line 4, column {column}:", StringComparison.Ordinal));
        await using var db = app.NewContext();
        Assert.Equal(1, await db.People.CountAsync()); // only the admin
        Assert.Equal(0, await db.OrgUnits.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportPeople_MarkingSomeoneLeft_EndsTheirSessionsAndTokensAtOnce(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var leaver = await app.AddAsync(A.Person("Lou Leaver"));
        var leaverApi = await app.ClientForAsync(leaver);
        var leaverBrowser = app.AnonymousClient();
        await Auth.AuthenticationTests.DevSignInAsync(leaverBrowser, leaver.Id);
        Assert.Equal(HttpStatusCode.OK, (await leaverApi.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leaverBrowser.GetAsync("/api/me")).StatusCode);

        var adminClient = await app.ClientForAsync(admin);
        var import = await adminClient.PostAsync("/api/admin/import/people",
            new StringContent($"employee_id,email,name,status\n{leaver.EmployeeId},{leaver.Email},Lou Leaver,left\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        await ProblemAssert.IsProblemAsync(await leaverApi.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await leaverBrowser.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await adminClient.GetAsync("/api/me")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportPeople_FieldLongerThanTheDatabaseAllows_IsALineError_NotADatabaseFailure(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var client = await app.ClientForAsync(admin);

        var response = await client.PostAsync("/api/admin/import/people", Csv(
            $"X1,lee@corp.example,Lee,{new string('t', 401)},Engineering,,Lisbon,PT,Europe/Lisbon,9,2015-03-01,active\n"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Equal(["line 2, column title: longer than 400 characters (401)"], messages);
        await using var db = app.NewContext();
        Assert.Equal(1, await db.People.CountAsync());
    }

    [Fact]
    public async Task ImportPeople_NotAdmin_Is403_AndAnonymousIs401()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var analyst = await app.AddAsync(A.Person("Ann Analyst"));
        await app.GrantAsync(analyst, "Analyst");
        var client = await app.ClientForAsync(analyst);
        await ProblemAssert.IsProblemAsync(await client.PostAsync("/api/admin/import/people", Csv("")), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await app.AnonymousClient().PostAsync("/api/admin/import/people", Csv("")), HttpStatusCode.Unauthorized);
    }
}
