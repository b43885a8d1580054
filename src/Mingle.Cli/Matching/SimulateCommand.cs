using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mingle.Demo;
using Mingle.Matching;
using Spectre.Console;

namespace Mingle.Cli.Matching;

/// <summary>
/// `mingle simulate --people N --rounds R --seed S [--json]` — builds a demo organisation in memory and compares
/// the lottery, cross-unit and silo-aware coffee strategies over R rounds on the same people. No database.
/// </summary>
public static class SimulateCommand
{
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "Size of the demo organisation (100–200,000).", DefaultValueFactory = _ => 2000 };
        var rounds = new Option<int>("--rounds") { Description = "Rounds per strategy (1–52).", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "Seed for the organisation and the rounds.", DefaultValueFactory = _ => 42 };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var only = new Option<string>("--strategies") { Description = "Comma-separated subset of random,cross-unit,mingle.", DefaultValueFactory = _ => "random,cross-unit,mingle" };
        var teams = new Option<bool>("--teams") { Description = "Measure silos between teams instead of departments." };
        var pairsOnly = new Option<bool>("--pairs-only") { Description = "No bridging trios for mingle (one-person units then bridge one pair per round)." };
        var command = new Command("simulate", "Compare coffee-round strategies on a demo organisation: which one connects departments that never talk?")
        {
            people, rounds, seed, json, only, teams, pairsOnly,
        };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(people);
            var r = parse.GetValue(rounds);
            if (n is < DemoOptions.MinPeople or > 200_000)
            {
                await Console.Error.WriteLineAsync("--people: must be between 100 and 200,000.");
                return 2;
            }
            if (r is < 1 or > 52)
            {
                await Console.Error.WriteLineAsync("--rounds: must be between 1 and 52.");
                return 2;
            }
            var strategies = new List<CoffeeStrategy>();
            foreach (var name in (parse.GetValue(only) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var match = Enum.GetValues<CoffeeStrategy>().Where(x => SimulationReport.NameOf(x) == name).ToList();
                if (match.Count == 0)
                {
                    await Console.Error.WriteLineAsync($"--strategies: unknown strategy '{name}' (random, cross-unit, mingle).");
                    return 2;
                }
                strategies.Add(match[0]);
            }
            var s = parse.GetValue(seed);
            var org = DemoOrganisation.Generate(n, s, 26, new DateOnly(2026, 1, 5));
            var rules = new CoffeeRules { BridgeTrios = !parse.GetValue(pairsOnly) };
            var report = CoffeeSimulation.Run(org, r, s, rules, strategies, parse.GetValue(teams), ct);
            if (parse.GetValue(json)) await Console.Out.WriteLineAsync(ToJson(report));
            else PrintTable(report);
            return 0;
        });
        return command;
    }

    public static string ToJson(SimulationReport report)
    {
        var strategies = report.Strategies.ToDictionary(
            kv => SimulationReport.NameOf(kv.Key),
            kv => new
            {
                newDepartmentPairs = kv.Value.NewDepartmentPairs,
                newCrossUnitTies = kv.Value.NewCrossUnitTies,
                eiDelta = Math.Round(kv.Value.EiDelta, 6),
                repeats = kv.Value.Repeats,
                repeatsEver = kv.Value.RepeatsEver,
                unmatched = kv.Value.Unmatched,
                trios = kv.Value.Trios,
                planMs = kv.Value.PlanMs,
                planCpuMs = kv.Value.PlanCpuMs,
                unconnectedDepartmentPairsBefore = kv.Value.UnconnectedBefore,
                stageMs = kv.Value.StageMs,
            });
        return JsonSerializer.Serialize(new
        {
            people = report.People,
            rounds = report.Rounds,
            seed = report.Seed,
            mostNewDepartmentPairs = report.MostNewDepartmentPairs,
            mostNewDepartmentPairsWithTrios = report.MostNewDepartmentPairsWithTrios,
            strategies,
        },
            Indented);
    }

    static void PrintTable(SimulationReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().Title(string.Create(inv, $"{report.People:N0} people, {report.Rounds} rounds, seed {report.Seed}"))
            .AddColumns("strategy", "new department pairs", "new cross-unit ties", "E-I delta", "repeats", "repeats ever", "unmatched", "trios", "plan ms");
        foreach (var (strategy, o) in report.Strategies)
            table.AddRow(SimulationReport.NameOf(strategy), o.NewDepartmentPairs.ToString(inv), o.NewCrossUnitTies.ToString(inv),
                o.EiDelta.ToString("+0.0000;-0.0000", inv), o.Repeats.ToString(inv), o.RepeatsEver.ToString(inv), o.Unmatched.ToString(inv),
                o.Trios.ToString(inv), o.PlanMs.ToString(inv));
        AnsiConsole.Write(table);
        var first = report.Strategies.Values.FirstOrDefault();
        if (first is not null)
            AnsiConsole.MarkupLine(string.Create(inv, $"Department pairs with no tie in the last 90 days before the rounds: {first.UnconnectedBefore:N0}")
                + (report.MostNewDepartmentPairs is { } most
                    ? string.Create(inv, $"; in {report.Rounds} rounds of one meeting per person, pairs alone could connect at most {most:N0} of them")
                      + (report.MostNewDepartmentPairsWithTrios is { } trios ? string.Create(inv, $", groups of up to three at most {trios:N0}.") : ".")
                    : "."));
    }
}
