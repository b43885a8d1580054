using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Demo;
using Spectre.Console;

namespace Mingle.Cli.Demo;

/// <summary>
/// `mingle seed-demo --people N [--seed S] [--weeks W] [--force]` — fills an empty database with a deterministic
/// demo organisation. Refuses (exit 2) when people exist; --force deletes them (and structure, catalogue,
/// interactions) first in the same transaction.
/// </summary>
public static class SeedDemoCommand
{
    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "Number of people (100–2,000,000).", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same organisation.", DefaultValueFactory = _ => 42 };
        var weeks = new Option<int>("--weeks") { Description = "Weeks of interaction history ending today.", DefaultValueFactory = _ => 26 };
        var force = new Option<bool>("--force") { Description = "Replace existing people, org units, skills and interactions." };
        var command = new Command("seed-demo", "Seed a realistic, deterministic demo organisation into an empty database.")
        {
            people, seed, weeks, force,
        };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var options = new DemoOptions(parse.GetValue(people), parse.GetValue(seed), parse.GetValue(weeks), parse.GetValue(force));
            var seeder = services.GetRequiredService<DemoSeeder>();
            var clock = Stopwatch.StartNew();
            var result = Console.IsErrorRedirected
                ? await seeder.SeedAsync(options, new StageLines(), ct)
                : await SeedWithProgressBarsAsync(seeder, options, ct);
            await PrintSummaryAsync(options, result, clock.Elapsed);
            return 0;
        }, ct));
        return command;
    }

    static async Task<DemoSeedResult> SeedWithProgressBarsAsync(DemoSeeder seeder, DemoOptions options, CancellationToken ct)
    {
        // Progress goes to stderr so stdout stays a clean summary for scripts.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(ctx => seeder.SeedAsync(options, new ProgressBars(ctx), ct));
    }

    static async Task PrintSummaryAsync(DemoOptions options, DemoSeedResult r, TimeSpan elapsed)
    {
        var inv = CultureInfo.InvariantCulture;
        var o = Console.Out;
        await o.WriteLineAsync(string.Create(inv, $"Seeded a demo organisation of {r.People:N0} people (seed {options.Seed}, {options.Weeks} weeks) in {elapsed.TotalSeconds:F1} s."));
        await o.WriteLineAsync(string.Create(inv, $"  org units {r.OrgUnits:N0}, locations {r.Locations}, skills {r.Skills} (+{r.SkillAliases} aliases), interests {r.Interests}"));
        await o.WriteLineAsync(string.Create(inv, $"  profile skills {r.PersonSkills:N0}, profile interests {r.PersonInterests:N0}, offers {r.Offers:N0}, asks {r.Asks:N0}, role grants {r.RoleGrants}"));
        await o.WriteLineAsync(string.Create(inv, $"  interactions {r.Interactions:N0}"));
        await o.WriteLineAsync(string.Create(inv, $"  personal networks: entries {r.NetworkEntries:N0}, logged interactions {r.LoggedInteractions:N0}"));
        await o.WriteLineAsync(string.Create(inv, $"  rows written {r.TotalRows:N0}"));
        await o.WriteLineAsync("Demo logins:");
        await o.WriteLineAsync($"  CEO              {DemoLogins.Ceo}");
        await o.WriteLineAsync($"  Analyst          {DemoLogins.Analyst}");
        await o.WriteLineAsync($"  Admin            {DemoLogins.Admin}");
        await o.WriteLineAsync($"  Programme owner  {DemoLogins.ProgrammeOwner}");
        await o.WriteLineAsync($"  Community owner  {DemoLogins.CommunityOwner}");
        await o.WriteLineAsync($"  Newcomer         {DemoLogins.Newcomer}");
        await o.WriteLineAsync($"  Bridge           {DemoLogins.Bridge}");
    }

    /// <summary>One Spectre bar per stage; reports arrive on the seeding thread, Spectre renders on its own.</summary>
    sealed class ProgressBars(ProgressContext context) : IProgress<DemoProgress>
    {
        readonly Dictionary<string, ProgressTask> tasks = new(StringComparer.Ordinal);

        public void Report(DemoProgress value)
        {
            if (!tasks.TryGetValue(value.Stage, out var task))
                tasks[value.Stage] = task = context.AddTask(value.Stage, maxValue: Math.Max(1, value.Total));
            task.Value = value.Done;
            if (value.Done >= value.Total || value.Done == 0) task.StopTask();
        }
    }

    /// <summary>Without a terminal: one line per finished stage on stderr.</summary>
    sealed class StageLines : IProgress<DemoProgress>
    {
        readonly Stopwatch clock = Stopwatch.StartNew();

        public void Report(DemoProgress value)
        {
            if (value.Done >= value.Total || value.Done == 0)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,6:F1} s] {value.Stage}: {value.Done:N0}"));
        }
    }
}
