using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Programmes;

namespace Mingle.Cli.Matching;

/// <summary>
/// `mingle round plan --programme SLUG [--json]` (dry run: pairs with scores and explanations) and
/// `mingle round run --programme SLUG` (publish this period's round; a second run in the same period does nothing).
/// The operator acts as the system, so no owner check applies.
/// </summary>
public static class RoundCommand
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var programme = new Option<string>("--programme") { Description = "The programme's slug.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var plan = new Command("plan", "Dry run: show the pairs this period's round would make, with scores and explanations.") { programme, json };
        plan.SetAction((parse, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var preview = await services.GetRequiredService<CoffeeRounds>().PreviewAsync(null, parse.GetValue(programme)!, ct);
            await Print(preview, parse.GetValue(json));
            return 0;
        }, ct));
        var runProgramme = new Option<string>("--programme") { Description = "The programme's slug.", Required = true };
        var run = new Command("run", "Publish this period's round (exactly once) and notify everyone matched.") { runProgramme };
        run.SetAction((parse, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var published = await services.GetRequiredService<CoffeeRounds>().PublishAsync(null, parse.GetValue(runProgramme)!, ct);
            if (published is null)
            {
                await Console.Out.WriteLineAsync("This period's round has already been published; nothing to do.");
                return 0;
            }
            await Console.Out.WriteLineAsync($"Published round {published.Round} for {published.Period:yyyy-MM-dd}: {published.Matches.Count} matches, " +
                $"{published.Unmatched} unmatched, {published.SkippedForLoad} skipped (load budget).");
            return 0;
        }, ct));
        return new Command("round", "Plan or run a programme's round.") { plan, run };
    }

    static async Task Print(RoundPreview preview, bool json)
    {
        if (json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(preview, Json));
            return;
        }
        await Console.Out.WriteLineAsync($"{preview.Programme} — period {preview.Period:yyyy-MM-dd}: {preview.Participants} taking part, " +
            $"{preview.Matches.Count} matches ({(preview.Exact ? "exact" : "approximate")}), {preview.Unmatched} unmatched, {preview.SkippedForLoad} skipped (load budget).");
        foreach (var m in preview.Matches)
            await Console.Out.WriteLineAsync($"  {string.Join(" + ", m.People.Select(p => p.Name)),-50} {m.Weight,6:F2}  {m.Explanation}");
    }
}
