using System.CommandLine;
using Mingle.Cli.Import;
using Mingle.Tests.Support;
using static Mingle.Tests.Import.ImportFixture;

namespace Mingle.Tests.Import;

public class ImportCommandTests
{
    [Fact]
    public async Task ImportPeople_BadFile_PrintsLineNumberedErrorsExitsTwoAndWritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var file = Path.Combine(Path.GetTempPath(), $"people-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, Csv("employee_id,email,name,level", "E1,ana@x.com,Ana,3", "E2,bo-at-x.com,Bo,high"));
        var before = await SnapshotAsync(database);
        await using var scope = database.Scope();
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await ImportCommand.PeopleAsync(scope.ServiceProvider, new FileInfo(file), false, false, output, error, CancellationToken.None);

        File.Delete(file);
        Assert.Equal(2, exit);
        Assert.Equal("", output.ToString());
        Assert.Contains(
            "line 3, column email: malformed email 'bo-at-x.com'\n" +
            "line 3, column level: level 'high' is not an integer\n" +
            "2 problems found; nothing was written.\n", error.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task ImportPeople_GoodFile_PrintsCountsOnStdoutAndExitsZero()
    {
        await using var database = await TestDatabase.CreateAsync();
        var file = Path.Combine(Path.GetTempPath(), $"people-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, Csv("employee_id,email,name", "E1,ana@x.com,Ana", "E2,bo@x.com,Bo"));
        await using var scope = database.Scope();
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await ImportCommand.PeopleAsync(scope.ServiceProvider, new FileInfo(file), false, false, output, error, CancellationToken.None);

        File.Delete(file);
        Assert.Equal(0, exit);
        Assert.Equal("2 rows: created 2, updated 0, unchanged 0, marked left 0", output.ToString().Trim());
    }

    [Fact]
    public async Task ImportInteractions_BadRows_ReportsEveryLineAndSummarisesBeyondTheShownErrors()
    {
        await using var database = await TestDatabase.CreateAsync();
        var file = Path.Combine(Path.GetTempPath(), $"interactions-{Guid.NewGuid():N}.csv");
        var rows = Enumerable.Range(0, ImportCommand.ShownErrors + 3).Select(i => $"x{i}@x.com,y@x.com,call,2026-11-02");
        await File.WriteAllLinesAsync(file, ["from_email,to_email,type,occurred_at", .. rows]);
        await using var scope = database.Scope();
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await ImportCommand.InteractionsAsync(scope.ServiceProvider, new FileInfo(file), false, output, error, CancellationToken.None);

        File.Delete(file);
        Assert.Equal(2, exit);
        var lines = error.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("line ", StringComparison.Ordinal)).ToList();
        Assert.Equal(ImportCommand.ShownErrors, lines.Count);
        Assert.Equal("line 2, column from_email: unknown person 'x0@x.com'", lines[0]);
        Assert.Contains($"… and {(ImportCommand.ShownErrors + 3) * 2 - ImportCommand.ShownErrors} more", error.ToString());
    }

    [Fact]
    public async Task ImportCommand_MissingFile_SaysSoAndExitsTwo()
    {
        var root = new RootCommand { ImportCommand.Create() };
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await root.Parse(["import", "people", "--file", "/no/such/people.csv"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(2, exit);
        Assert.Equal("File not found: /no/such/people.csv", error.ToString().Trim());
    }
}
