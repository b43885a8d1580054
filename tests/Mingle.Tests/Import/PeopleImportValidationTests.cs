using Mingle.Import;
using Mingle.Tests.Support;
using static Mingle.Tests.Import.ImportFixture;

namespace Mingle.Tests.Import;

/// <summary>Every error class of the HRIS import: the exact line and column, and nothing written.</summary>
public class PeopleImportValidationTests
{
    /// <summary>Ana (E1) leads Bo (E2) who leads Cy (E3).</summary>
    static readonly string Seed = Csv(
        Header,
        "E1,ana@x.com,Ana,CEO,Eng,Engineering,,Lisbon,PT,Europe/Lisbon,10,2020-01-02,active",
        "E2,bo@x.com,Bo,Lead,Eng/Platform,,ana@x.com,Lisbon,PT,Europe/Lisbon,6,2021-03-04,active",
        "E3,cy@x.com,Cy,Developer,Eng/Platform,,bo@x.com,,,,,,");

    static async Task AssertRejectedAsync(string csv, params ImportError[] expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        Assert.True((await PeopleAsync(database, Seed)).Succeeded);
        var before = await SnapshotAsync(database);

        var result = await PeopleAsync(database, csv);

        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Errors);
        Assert.Equal(expected.Length, result.ErrorCount);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public Task Import_RowWithEmptyRequiredField_ReportsLineAndWritesNothing() => AssertRejectedAsync(
        Csv("employee_id,email,name", "E4,dee@x.com,Dee", "E5,eve@x.com,", ",fay@x.com,Fay", "E7,,Gus"),
        new ImportError(3, "name", "required field is empty"),
        new ImportError(4, "employee_id", "required field is empty"),
        new ImportError(5, "email", "required field is empty"));

    [Fact]
    public Task Import_RowWithMalformedEmail_ReportsLineAndWritesNothing() => AssertRejectedAsync(
        Csv("employee_id,email,name,manager_email", "E4,dee@x.com,Dee,", "E5,not-an-email,Eve,", "E6,fay@x.com,Fay,Ana <ana@x.com>"),
        new ImportError(3, "email", "malformed email 'not-an-email'"),
        new ImportError(4, "manager_email", "malformed email 'ana <ana@x.com>'"));

    [Fact]
    public Task Import_DuplicateEmployeeIdInFile_ReportsLaterLineAndWritesNothing() => AssertRejectedAsync(
        Csv("employee_id,email,name", "E4,dee@x.com,Dee", "E5,eve@x.com,Eve", "E4,fay@x.com,Fay"),
        new ImportError(4, "employee_id", "duplicate employee_id 'E4' (first on line 2)"));

    [Fact]
    public Task Import_DuplicateEmailInFile_IgnoringCase_ReportsLaterLineAndWritesNothing() => AssertRejectedAsync(
        Csv("employee_id,email,name", "E4,dee@x.com,Dee", "E5,DEE@X.com,Eve"),
        new ImportError(3, "email", "duplicate email 'dee@x.com' (first on line 2)"));

    [Fact]
    public Task Import_EmailUsedInDatabaseByAnotherEmployee_ReportsLineAndWritesNothing() => AssertRejectedAsync(
        Csv("employee_id,email,name", "E4,dee@x.com,Dee", "E9,bo@x.com,Impostor"),
        new ImportError(3, "email", "email 'bo@x.com' already belongs to employee 'E2' in the database"));

    [Fact]
    public Task Import_RowWithUnknownManager_ReportsLineAndWritesNothing() => AssertRejectedAsync(
        Csv("employee_id,email,name,manager_email",
            "E4,dee@x.com,Dee,eve@x.com", // later in the file: fine
            "E5,eve@x.com,Eve,cy@x.com", // in the database: fine
            "E6,fay@x.com,Fay,zed@x.com"),
        new ImportError(4, "manager_email", "unknown manager 'zed@x.com' (not in the file or the database)"));

    [Fact]
    public Task Import_ManagerCycleInFile_ReportsEveryMemberAndSelfManagerAndWritesNothing() => AssertRejectedAsync(
        Csv("employee_id,email,name,manager_email",
            "E4,dee@x.com,Dee,eve@x.com",
            "E5,eve@x.com,Eve,dee@x.com",
            "E6,fay@x.com,Fay,fay@x.com",
            "E7,gus@x.com,Gus,dee@x.com"), // reports into the cycle, is not part of it
        new ImportError(2, "manager_email", "manager cycle: dee@x.com → eve@x.com → dee@x.com"),
        new ImportError(3, "manager_email", "manager cycle: dee@x.com → eve@x.com → dee@x.com"),
        new ImportError(4, "manager_email", "manager cycle: fay@x.com is their own manager"));

    [Fact]
    public Task Import_ManagerCycleThroughDatabase_ReportsTheFileRowAndWritesNothing() => AssertRejectedAsync(
        // Cy reports to Bo, Bo to Ana in the database; Ana now reporting to Cy closes the loop.
        Csv("employee_id,email,name,manager_email", "E1,ana@x.com,Ana,cy@x.com"),
        new ImportError(2, "manager_email", "manager cycle: ana@x.com → cy@x.com → bo@x.com → ana@x.com"));

    [Fact]
    public Task Import_RowWithBadDate_ReportsLineAndWritesNothing() => AssertRejectedAsync(
        Csv("employee_id,email,name,hire_date", "E4,dee@x.com,Dee,2026-13-01", "E5,eve@x.com,Eve,23/11/2026", "E6,fay@x.com,Fay,2026-02-28"),
        new ImportError(2, "hire_date", "bad date '2026-13-01' (expected yyyy-mm-dd)"),
        new ImportError(3, "hire_date", "bad date '23/11/2026' (expected yyyy-mm-dd)"));

    [Fact]
    public Task Import_RowWithUnknownTimeZone_ReportsLineAndWritesNothing() => AssertRejectedAsync(
        Csv("employee_id,email,name,time_zone", "E4,dee@x.com,Dee,Mars/Olympus", "E5,eve@x.com,Eve,Pacific Standard Time", "E6,fay@x.com,Fay,Asia/Tokyo"),
        new ImportError(2, "time_zone", "unknown time zone 'Mars/Olympus' (expected an IANA id such as Europe/Lisbon)"),
        new ImportError(3, "time_zone", "unknown time zone 'Pacific Standard Time' (expected an IANA id such as Europe/Lisbon)"));

    [Fact]
    public Task Import_RowWithLevelNotAnInteger_ReportsLineAndWritesNothing() => AssertRejectedAsync(
        Csv("employee_id,email,name,level", "E4,dee@x.com,Dee,senior", "E5,eve@x.com,Eve,3.5", "E6,fay@x.com,Fay,11", "E7,gus@x.com,Gus,10"),
        new ImportError(2, "level", "level 'senior' is not an integer"),
        new ImportError(3, "level", "level '3.5' is not an integer"),
        new ImportError(4, "level", "level 11 is outside 1–10"));

    [Fact]
    public Task Import_RowWithUnknownStatus_ReportsLineAndWritesNothing() => AssertRejectedAsync(
        Csv("employee_id,email,name,status", "E4,dee@x.com,Dee,gone", "E5,eve@x.com,Eve,LEFT", "E6,fay@x.com,Fay,"),
        new ImportError(2, "status", "unknown status 'gone' (expected active or left)"));

    [Fact]
    public Task Import_HeaderWithoutRequiredColumns_ReportsLineOneAndWritesNothing() => AssertRejectedAsync(
        Csv("Employee_ID,full_name", "E4,Dee"),
        new ImportError(1, "email", "required column is missing from the header"),
        new ImportError(1, "name", "required column is missing from the header"));

    [Fact]
    public Task Import_QuotedFieldWithLineBreak_KeepsPhysicalLineNumbersOfLaterRows() => AssertRejectedAsync(
        "employee_id,email,name,title\r\n" +
        "E4,bad-one,Dee,\"Head of\r\nThings\"\r\n" + // lines 2–3
        "E5,eve@x.com,Eve,\"Says \"\"hi\"\"\"\r\n" +
        "E6,bad-two,Fay,Dev\r\n",
        new ImportError(2, "email", "malformed email 'bad-one'"),
        new ImportError(5, "email", "malformed email 'bad-two'"));

    [Fact]
    public async Task Import_UnterminatedQuote_ReportsMalformedRecordAtItsLineAndWritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await PeopleAsync(database, Csv("employee_id,email,name", "E1,ana@x.com,Ana", "E2,\"bo@x.com,Bo", "E3,cy@x.com,Cy"));

        Assert.False(result.Succeeded);
        Assert.Contains(new ImportError(3, "(record)", "malformed CSV: a quoted field is never closed"), result.Errors);
        Assert.All(result.Errors, e => Assert.Equal(3, e.Line));
        Assert.StartsWith("interactions 0", await SnapshotAsync(database)); // no people, units or sites
    }

    [Fact]
    public async Task Import_FileWithManyProblems_ReportsEveryOneInLineOrder()
    {
        var csv = Csv(
            "employee_id,email,name,manager_email,level,hire_date,status",
            "E4,dee@x.com,Dee,dee@x.com,x,2020-01-01,active",
            "E4,bad,,nobody@x.com,1,never,maybe");
        await using var database = await TestDatabase.CreateAsync();

        var result = await PeopleAsync(database, csv);

        Assert.Equal(
        [
            "line 2, column level: level 'x' is not an integer",
            "line 2, column manager_email: manager cycle: dee@x.com is their own manager",
            "line 3, column name: required field is empty",
            "line 3, column email: malformed email 'bad'",
            "line 3, column hire_date: bad date 'never' (expected yyyy-mm-dd)",
            "line 3, column status: unknown status 'maybe' (expected active or left)",
            "line 3, column employee_id: duplicate employee_id 'E4' (first on line 2)",
            "line 3, column manager_email: unknown manager 'nobody@x.com' (not in the file or the database)",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(8, result.ErrorCount);
    }

    [Fact]
    public async Task Import_AllRowsBad_KeepsTotalCountBeyondKeptErrors()
    {
        var lines = new[] { "employee_id,email,name" }
            .Concat(Enumerable.Range(0, ImportErrorList.MaxKept + 5).Select(i => $"E{i},bad{i},N{i}"));
        await using var database = await TestDatabase.CreateAsync();

        var result = await PeopleAsync(database, Csv([.. lines]));

        Assert.Equal(ImportErrorList.MaxKept + 5, result.ErrorCount);
        Assert.Equal(ImportErrorList.MaxKept, result.Errors.Count);
        Assert.Equal(new ImportError(2, "email", "malformed email 'bad0'"), result.Errors[0]);
    }
}
