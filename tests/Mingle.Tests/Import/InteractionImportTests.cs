using Microsoft.EntityFrameworkCore;
using Mingle.Import;
using Mingle.Network;
using Mingle.Tests.Support;
using static Mingle.Tests.Import.ImportFixture;

namespace Mingle.Tests.Import;

public class InteractionImportTests
{
    static readonly string People = Csv("employee_id,email,name", "E1,ana@x.com,Ana", "E2,bo@x.com,Bo", "E3,cy@x.com,Cy");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ValidFile_StoresUtcTimesCountsDirectionsAndSource(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await PeopleAsync(database, People);

        var result = await InteractionsAsync(database, Csv(
            "From_Email,TO_EMAIL,type,occurred_at,count",
            "ana@x.com,bo@x.com,Meeting,2026-11-02,",
            "BO@x.com,cy@x.com,message,2026-11-02T09:30:00+02:00,7",
            "cy@x.com,ana@x.com,HELP,2026-11-03T10:15Z,1",
            "ana@x.com,cy@x.com,coffee,2026-11-04T08:00:00.250,2"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((4, 4), (result.Rows, result.Imported));
        await using var db = database.NewContext();
        var ids = await db.People.ToDictionaryAsync(p => p.Email, p => p.Id);
        var rows = await db.Interactions.AsNoTracking().OrderBy(i => i.OccurredAt).ToListAsync();
        Assert.Equal(
        [
            (ids["ana@x.com"], ids["bo@x.com"], InteractionType.Meeting, InteractionDirection.Mutual, new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc), 1),
            (ids["bo@x.com"], ids["cy@x.com"], InteractionType.Message, InteractionDirection.FromTo, new DateTime(2026, 11, 2, 7, 30, 0, DateTimeKind.Utc), 7),
            (ids["cy@x.com"], ids["ana@x.com"], InteractionType.Help, InteractionDirection.FromTo, new DateTime(2026, 11, 3, 10, 15, 0, DateTimeKind.Utc), 1),
            (ids["ana@x.com"], ids["cy@x.com"], InteractionType.Coffee, InteractionDirection.Mutual, new DateTime(2026, 11, 4, 8, 0, 0, 250, DateTimeKind.Utc), 2),
        ], rows.Select(i => (i.FromPersonId, i.ToPersonId, i.Type, i.Direction, i.OccurredAt, i.Count)));
        Assert.All(rows, i => Assert.Equal((InteractionSource.Import, (int?)null), (i.Source, i.LoggedById)));
        Assert.Equal("imported 4", (await db.AuditEntries.SingleAsync(a => a.Action == "import.interactions")).Detail);
    }

    [Theory]
    [InlineData("nobody@x.com,bo@x.com,meeting,2026-11-02,1", "from_email", "unknown person 'nobody@x.com'")]
    [InlineData("ana@x.com,,meeting,2026-11-02,1", "to_email", "required field is empty")]
    [InlineData("ana@x.com,ANA@x.com,meeting,2026-11-02,1", "to_email", "from and to are the same person")]
    [InlineData("ana@x.com,bo@x.com,lunch,2026-11-02,1", "type", "unknown type 'lunch' (expected meeting, message, call, coffee, help or other)")]
    [InlineData("ana@x.com,bo@x.com,call,02/11/2026,1", "occurred_at", "bad date '02/11/2026' (expected yyyy-mm-dd or an ISO 8601 date-time)")]
    [InlineData("ana@x.com,bo@x.com,call,2026-11-31,1", "occurred_at", "bad date '2026-11-31' (expected yyyy-mm-dd or an ISO 8601 date-time)")]
    [InlineData("ana@x.com,bo@x.com,call,2026-11-02,0", "count", "count '0' is not a positive integer")]
    [InlineData("ana@x.com,bo@x.com,call,2026-11-02,2.5", "count", "count '2.5' is not a positive integer")]
    public async Task Import_InteractionRowWithProblem_ReportsLineAndWritesNothing(string badRow, string column, string reason)
    {
        await using var database = await TestDatabase.CreateAsync();
        await PeopleAsync(database, People);
        var before = await SnapshotAsync(database);

        var result = await InteractionsAsync(database, Csv(
            "from_email,to_email,type,occurred_at,count",
            "ana@x.com,bo@x.com,meeting,2026-11-02,1",
            "\"cy@x.com\",\"bo@x.com\",other,2026-11-02,\"1\"",
            badRow,
            "bo@x.com,cy@x.com,call,2026-11-02,3"));

        Assert.Equal([new ImportError(4, column, reason)], result.Errors);
        Assert.Equal(1, result.ErrorCount);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task Import_InteractionHeaderWithoutRequiredColumns_ReportsLineOne()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await InteractionsAsync(database, Csv("from,to_email,type,when", "a,b,c,d"));

        Assert.Equal(
            [new ImportError(1, "from_email", "required column is missing from the header"),
             new ImportError(1, "occurred_at", "required column is missing from the header")],
            result.Errors);
    }

    [Fact]
    public async Task Import_InteractionDryRun_ValidatesAndWritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await PeopleAsync(database, People);
        var before = await SnapshotAsync(database);

        var result = await InteractionsAsync(database, Csv("from_email,to_email,type,occurred_at", "ana@x.com,bo@x.com,call,2026-11-02"), dryRun: true);

        Assert.Equal((true, 1, 0), (result.Succeeded, result.Rows, result.Imported));
        Assert.Equal(before, await SnapshotAsync(database));
    }
}
