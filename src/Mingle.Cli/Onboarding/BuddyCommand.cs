using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Onboarding;

namespace Mingle.Cli.Onboarding;

/// <summary>
/// `mingle buddy assign --programme SLUG [--dry-run] [--json]`: assign buddies to every unassigned new hire of a buddy
/// programme (and schedule their journeys), or with --dry-run only show the pairs with scores and reasons.
/// The operator acts as the system, so no owner check applies.
/// </summary>
public static class BuddyCommand
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var programme = new Option<string>("--programme") { Description = "The buddy programme's slug.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only show the assignment; change nothing." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var assign = new Command("assign", "Assign buddies to every unassigned new hire and schedule their journeys.") { programme, dryRun, json };
        assign.SetAction((parse, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var buddies = services.GetRequiredService<BuddyProgramme>();
            var slug = parse.GetValue(programme)!;
            var result = parse.GetValue(dryRun) ? await buddies.PreviewAsync(null, slug, ct) : await buddies.PublishAsync(null, slug, ct);
            if (result is null)
            {
                await Console.Error.WriteLineAsync("Someone assigned buddies at the same time; run it again.");
                return 1;
            }
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(result, Json));
                return 0;
            }
            await Console.Out.WriteLineAsync($"{result.Programme} — {result.NewHires} new hires without a buddy, {result.Pairs.Count} " +
                $"{(result.Published ? "assigned" : "would be assigned")}, {result.Unassigned.Count} left without one (total score {result.TotalScore:F2}).");
            foreach (var p in result.Pairs)
                await Console.Out.WriteLineAsync($"  {p.NewHire.Name} ← {p.Buddy.Name,-28} {p.Score,5:F2}  {p.Reason}");
            foreach (var u in result.Unassigned)
                await Console.Out.WriteLineAsync($"  {u.NewHire.Name}: {u.Why}");
            return 0;
        }, ct));
        return new Command("buddy", "Onboarding buddy programmes.") { assign };
    }
}
