using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Auth;
using Mingle.People;
using Mingle.Tests.Support;
using static Mingle.Tests.Import.ImportFixture;

namespace Mingle.Tests.Import;

/// <summary>The writing paths of the HRIS import, on SQLite and PostgreSQL.</summary>
public class PeopleImportTests
{
    // Reports come before their managers, so inserting in file order would break the manager foreign key.
    static readonly string Initial = Csv(
        Header,
        "E3,Cy@X.com,Cy,Developer,Eng/Platform/Storage,,bo@x.com,,,,,,",
        "E2,bo@x.com,Bo,Lead,Eng/Platform,,ana@x.com,Lisbon,PT,Europe/Lisbon,6,2021-03-04,active",
        "E1,ana@x.com,Ana,CEO,Eng,Engineering,,Lisbon,,,10,2020-01-02,active");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_NewFile_CreatesPeopleWithManagersUnitsWithParentsAndLocations(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await PeopleAsync(database, Initial);

        Assert.True(result.Succeeded);
        Assert.Equal((3, 3, 0, 0, 0), (result.Rows, result.Created, result.Updated, result.Unchanged, result.MarkedLeft));
        await using var db = database.NewContext();
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Path);
        Assert.Equal(["Eng", "Eng/Platform", "Eng/Platform/Storage"], units.Keys.Order());
        Assert.Equal((0, (int?)null, "Eng", "Engineering"), (units["Eng"].Depth, units["Eng"].ParentId, units["Eng"].Name, units["Eng"].Function));
        Assert.Equal((1, units["Eng"].Id, "Platform"), (units["Eng/Platform"].Depth, units["Eng/Platform"].ParentId, units["Eng/Platform"].Name));
        Assert.Equal((2, units["Eng/Platform"].Id, "Storage"),
            (units["Eng/Platform/Storage"].Depth, units["Eng/Platform/Storage"].ParentId, units["Eng/Platform/Storage"].Name));

        var lisbon = await db.Locations.AsNoTracking().SingleAsync();
        Assert.Equal(("Lisbon", "PT", "Europe/Lisbon"), (lisbon.Name, lisbon.Country, lisbon.TimeZone));

        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.EmployeeId);
        Assert.Equal("cy@x.com", people["E3"].Email);
        Assert.Equal(people["E2"].Id, people["E3"].ManagerId);
        Assert.Equal(people["E1"].Id, people["E2"].ManagerId);
        Assert.Null(people["E1"].ManagerId);
        Assert.Equal(units["Eng/Platform/Storage"].Id, people["E3"].OrgUnitId);
        Assert.Equal((lisbon.Id, 6, new DateOnly(2021, 3, 4), "Europe/Lisbon", "Lead"),
            (people["E2"].LocationId, people["E2"].Level, people["E2"].HireDate, people["E2"].TimeZone, people["E2"].Title));
        Assert.All(people.Values, p => Assert.Equal((PersonStatus.Active, Now.UtcDateTime), (p.Status, p.CreatedAt)));

        var audit = await db.AuditEntries.AsNoTracking().SingleAsync();
        Assert.Equal(("import.people", "created 3, updated 0, unchanged 0, marked left 0"), (audit.Action, audit.Detail));

        // Ids assigned by the import must not collide with the ones the database hands out next.
        db.People.Add(new Person { EmployeeId = "E99", Email = "late@x.com", Name = "Late" });
        await db.SaveChangesAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_SecondFile_UpdatesChangedPeopleCreatesNewAndCountsUnchanged(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await PeopleAsync(database, Initial);

        var result = await PeopleAsync(database, Csv(
            Header,
            "E3,cy@x.com,Cy,Developer,Eng/Platform/Storage,,dee@x.com,,,,,,", // new manager, created by this file
            "E2,bo@x.com,Bo,Lead,Eng/Platform,,ana@x.com,Lisbon,PT,Europe/Lisbon,6,2021-03-04,active", // unchanged
            "E1,ana.new@x.com,Ana Silva,Chief Executive,Eng,Engineering,,Porto,PT,Europe/Lisbon,10,2020-01-02,active",
            "E4,dee@x.com,Dee,Manager,Eng/Platform/Storage,Storage,bo@x.com,Porto,,,7,2022-05-06,"));

        Assert.True(result.Succeeded);
        Assert.Equal((4, 1, 2, 1, 0), (result.Rows, result.Created, result.Updated, result.Unchanged, result.MarkedLeft));
        await using var db = database.NewContext();
        var people = await db.People.AsNoTracking().Include(p => p.Location).ToDictionaryAsync(p => p.EmployeeId);
        Assert.Equal(("ana.new@x.com", "Ana Silva", "Chief Executive", "Porto"),
            (people["E1"].Email, people["E1"].Name, people["E1"].Title, people["E1"].Location!.Name));
        Assert.Equal(people["E4"].Id, people["E3"].ManagerId);
        Assert.Equal(people["E2"].Id, people["E4"].ManagerId);
        Assert.Equal(Now.UtcDateTime, people["E1"].UpdatedAt);
        Assert.Equal("Storage", (await db.OrgUnits.SingleAsync(u => u.Path == "Eng/Platform/Storage")).Function);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_MissingOptionalColumn_LeavesThatFieldAlone(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await PeopleAsync(database, Initial);

        var result = await PeopleAsync(database, Csv("EMAIL,Name,Employee_Id,unknown_extra", "bo@x.com,Bo,E2,whatever"));

        Assert.Equal((0, 0, 1), (result.Created, result.Updated, result.Unchanged));
        await using var db = database.NewContext();
        var bo = await db.People.AsNoTracking().SingleAsync(p => p.EmployeeId == "E2");
        Assert.Equal(("Lead", 6), (bo.Title, bo.Level));
        Assert.NotNull(bo.ManagerId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_Full_MarksAbsentActivePeopleLeftRevokesTokensAndKeepsHistory(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await PeopleAsync(database, Initial);
        await InteractionsAsync(database, Csv("from_email,to_email,type,occurred_at", "bo@x.com,ana@x.com,meeting,2026-11-01"));
        string stampBefore;
        await using (var scope = database.Scope())
        {
            var tokens = scope.ServiceProvider.GetRequiredService<ApiTokens>();
            await tokens.CreateAsync("bo@x.com", 30, CancellationToken.None);
            await tokens.CreateAsync("ana@x.com", 30, CancellationToken.None);
        }
        await using (var db = database.NewContext())
            stampBefore = (await db.People.SingleAsync(p => p.EmployeeId == "E2")).SecurityStamp;

        var result = await PeopleAsync(database, Csv(
            "employee_id,email,name,manager_email",
            "E1,ana@x.com,Ana,",
            "E3,cy@x.com,Cy,ana@x.com"), full: true);

        Assert.Equal((0, 1, 1, 1), (result.Created, result.Updated, result.Unchanged, result.MarkedLeft));
        await using var read = database.NewContext();
        var bo = await read.People.AsNoTracking().SingleAsync(p => p.EmployeeId == "E2");
        Assert.Equal((PersonStatus.Left, Now.UtcDateTime), (bo.Status, bo.LeftAt));
        Assert.NotEqual(stampBefore, bo.SecurityStamp);
        Assert.NotNull((await read.ApiTokens.AsNoTracking().SingleAsync(t => t.PersonId == bo.Id)).RevokedAt);
        var ana = await read.People.AsNoTracking().SingleAsync(p => p.EmployeeId == "E1");
        Assert.Null((await read.ApiTokens.AsNoTracking().SingleAsync(t => t.PersonId == ana.Id)).RevokedAt);
        Assert.Equal(1, await read.Interactions.CountAsync(i => i.FromPersonId == bo.Id));

        // Running the same full file again: Bo is already gone, nothing else moves.
        var again = await PeopleAsync(database, Csv("employee_id,email,name,manager_email", "E1,ana@x.com,Ana,", "E3,cy@x.com,Cy,ana@x.com"), full: true);
        Assert.Equal((0, 0, 2, 0), (again.Created, again.Updated, again.Unchanged, again.MarkedLeft));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_StatusLeft_EndsSessionsAndTokensAndActiveAgainRehires(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await PeopleAsync(database, Initial);
        await using (var scope = database.Scope())
            await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync("cy@x.com", 30, CancellationToken.None);

        var result = await PeopleAsync(database, Csv("employee_id,email,name,status", "E3,cy@x.com,Cy,left"));

        Assert.Equal((1, 1), (result.Updated, result.MarkedLeft));
        await using (var db = database.NewContext())
        {
            var cy = await db.People.AsNoTracking().SingleAsync(p => p.EmployeeId == "E3");
            Assert.Equal((PersonStatus.Left, Now.UtcDateTime), (cy.Status, cy.LeftAt));
            Assert.Equal(0, await db.ApiTokens.CountAsync(t => t.RevokedAt == null));
        }

        var back = await PeopleAsync(database, Csv("employee_id,email,name,status", "E3,cy@x.com,Cy,active"));
        Assert.Equal((1, 0), (back.Updated, back.MarkedLeft));
        await using var read = database.NewContext();
        var rehired = await read.People.AsNoTracking().SingleAsync(p => p.EmployeeId == "E3");
        Assert.Equal((PersonStatus.Active, (DateTime?)null), (rehired.Status, rehired.LeftAt));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_DryRun_CountsButWritesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await PeopleAsync(database, Initial);
        var before = await SnapshotAsync(database);

        var result = await PeopleAsync(database, Csv("employee_id,email,name", "E1,ana@x.com,Ana", "E9,zoe@x.com,Zoe"),
            full: true, dryRun: true);

        Assert.Equal((true, 1, 0, 1, 2), (result.DryRun, result.Created, result.Updated, result.Unchanged, result.MarkedLeft));
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task Import_Utf8BomAndCrlf_AreRead()
    {
        await using var database = await TestDatabase.CreateAsync();
        var text = "employee_id,email,name,title\r\nE1,ana@x.com,Ana,\"Head of \"\"Fun\"\",\r\nand games\"\r\nE2,bo@x.com,Bö,Dev\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var result = await PeopleAsync(database, Encoding.UTF8.GetString(bytes));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        await using var db = database.NewContext();
        var people = await db.People.AsNoTracking().OrderBy(p => p.EmployeeId).ToListAsync();
        Assert.Equal(["E1", "E2"], people.Select(p => p.EmployeeId));
        Assert.Equal("Head of \"Fun\",\r\nand games", people[0].Title);
        Assert.Equal(("Bö", "Dev"), (people[1].Name, people[1].Title));
    }
}
