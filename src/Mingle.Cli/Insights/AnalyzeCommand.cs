using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Insights;
using Spectre.Console;

namespace Mingle.Cli.Insights;

/// <summary>
/// `mingle analyze --window 90d [--level department] [--location ID] [--json]` — the organisation's and each visible
/// unit's network metrics, under the same minimum-group-size rules as the API, audit-logged as an operator view.
/// The refresh time goes to stderr, so stdout stays clean for --json.
/// </summary>
public static class AnalyzeCommand
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var window = new Option<string>("--window") { Description = "30d, 90d, 180d or 365d.", DefaultValueFactory = _ => "90d" };
        var level = new Option<string>("--level") { Description = "division, department, team, location or band.", DefaultValueFactory = _ => "department" };
        var location = new Option<int?>("--location") { Description = "Only people at this location id (unit levels)." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of tables." };
        var command = new Command("analyze", "Network insights: organisation and unit metrics for a window.") { window, level, location, json };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var insights = services.GetRequiredService<InsightsService>();
            var clock = Stopwatch.StartNew();
            var organisation = await insights.OrganisationAsync(null, parse.GetValue(window), ct);
            var refreshed = clock.Elapsed;
            var computed = await insights.ComputeAsync(InsightsWindow.Parse(parse.GetValue(window)), ct);
            await Console.Error.WriteLineAsync("phases: " + string.Join(", ",
                computed.Timings.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value:F1} s"))));
            var units = await insights.GroupsAsync(null, parse.GetValue(window), parse.GetValue(level), parse.GetValue(location), ct);
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"refresh: {refreshed.TotalSeconds:F1} s, total {clock.Elapsed.TotalSeconds:F1} s"));
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { organisation, units }, Json));
                return 0;
            }
            Print(organisation, units);
            return 0;
        }, ct));
        return command;
    }

    static void Print(OrganisationInsights o, GroupInsightList units)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        string F(double? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "—";
        if (o.Suppressed)
        {
            console.WriteLine($"The organisation has fewer than {o.MinGroupSize} people: nothing to show.");
            return;
        }
        var org = new Table().AddColumns("measure", "value");
        org.AddRow("window", $"{o.WindowDays} days to {o.WindowEnd:yyyy-MM-dd HH:mm} UTC");
        org.AddRow("people", $"{o.Size:N0}");
        org.AddRow("ties", $"{o.Ties:N0}");
        org.AddRow("density", F(o.Density));
        org.AddRow("average network size", F(o.AverageNetworkSize));
        org.AddRow("average breadth (departments)", F(o.AverageBreadth));
        org.AddRow("cross-unit share of ties", F(o.CrossUnitShare));
        org.AddRow("E-I index (departments)", F(o.EIIndex));
        org.AddRow("modularity, org chart", F(o.FormalModularity));
        org.AddRow("modularity, detected communities", F(o.InformalModularity));
        org.AddRow("communities", $"{o.Communities}");
        org.AddRow("NMI org chart vs communities", F(o.Nmi));
        foreach (var (role, count) in o.Roles!) org.AddRow(role, $"{count:N0}");
        console.Write(org);
        var table = new Table().AddColumns(units.Level, "size", "density", "E-I", "breadth", "peripheral",
            "connectors", "spanners", "brokers", "overloaded");
        foreach (var u in units.Items)
            table.AddRow(Markup.Escape(u.Path ?? u.Name), $"{u.Size:N0}", F(u.Density), F(u.EIIndex), F(u.Breadth), F(u.PeripheralShare),
                $"{u.Roles["centralConnectors"]}", $"{u.Roles["boundarySpanners"]}", $"{u.Roles["informationBrokers"]}", $"{u.Roles["overloaded"]}");
        console.Write(table);
        console.WriteLine($"{units.Suppressed} group(s) suppressed (fewer than {units.MinGroupSize} people, or differencing).");
    }
}
