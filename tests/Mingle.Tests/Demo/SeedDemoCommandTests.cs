using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Mingle.Cli.Demo;
using Mingle.Demo;
using Mingle.Tests.Support;

namespace Mingle.Tests.Demo;

/// <summary>Runs the command in-process; it reads its database from environment variables and writes to the console, both process-wide.</summary>
[Collection(nameof(SeedDemoCommandTests))]
public sealed class SeedDemoCommandTests
{
    [Fact]
    public async Task SeedDemo_FillsAnEmptyDatabase_RefusesASecondTimeWithExitTwo_AndReplacesWithForce()
    {
        await using var database = await TestDatabase.CreateAsync();

        var (code, output, _) = await RunAsync(database, "seed-demo", "--people", "120", "--weeks", "2", "--seed", "5");
        Assert.Equal(0, code);
        Assert.Contains(DemoLogins.Ceo, output);
        Assert.Contains(DemoLogins.Analyst, output);
        await using (var db = database.NewContext()) Assert.Equal(120, await db.People.CountAsync());

        (code, _, var error) = await RunAsync(database, "seed-demo", "--people", "150", "--weeks", "2");
        Assert.Equal(2, code);
        Assert.Contains("already has people", error);
        Assert.Contains("--force", error);
        await using (var db = database.NewContext()) Assert.Equal(120, await db.People.CountAsync());

        (code, _, _) = await RunAsync(database, "seed-demo", "--people", "150", "--weeks", "2", "--force");
        Assert.Equal(0, code);
        await using (var db = database.NewContext()) Assert.Equal(150, await db.People.CountAsync());
    }

    [Fact]
    public async Task SeedDemo_TooFewPeople_ExitsTwoWithTheRule()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (code, _, error) = await RunAsync(database, "seed-demo", "--people", "10");
        Assert.Equal(2, code);
        Assert.Contains("between 100", error);
    }

    static async Task<(int Code, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        var (output, error) = (new StringWriter(), new StringWriter());
        Environment.SetEnvironmentVariable("Database__Provider", database.Settings.Provider.ToString());
        Environment.SetEnvironmentVariable("ConnectionStrings__Mingle", database.Settings.ConnectionString);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = await new RootCommand { SeedDemoCommand.Create() }.Parse(args).InvokeAsync();
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
            Environment.SetEnvironmentVariable("Database__Provider", null);
            Environment.SetEnvironmentVariable("ConnectionStrings__Mingle", null);
        }
    }
}
