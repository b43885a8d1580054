using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mingle;
using Mingle.Data;
using Mingle.Expertise;
using Mingle.Graph.Paths;

// Usage: dotnet run -c Release -- DB [ROUNDS]
var db = args[0];
var rounds = args.Length > 1 ? int.Parse(args[1]) : 5;
string[] topics = ["kubernetes", "k8s", "python", "machine learning", "negotiation", "public speaking", "terraform",
    "react", "dataviz", "financial modeling", "gdpr", "coaching", "incident management", "golang", "figma"];

var services = new ServiceCollection().AddLogging().AddMingleCore(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={db}"));
services.AddSingleton(new ExpertiseOptions(CheckSeconds: 100_000, Background: false, WarmUp: false));
await using var provider = services.BuildServiceProvider();
await using (var scope = provider.CreateAsyncScope())
    await scope.ServiceProvider.GetRequiredService<MingleDb>().Database.MigrateAsync();
var index = provider.GetRequiredService<ExpertiseIndex>();
var sw = Stopwatch.StartNew();
var snapshot = await index.CurrentAsync(default);
Console.WriteLine($"index built in {sw.ElapsedMilliseconds} ms: {snapshot.Count} people, path graph {snapshot.PathGraph.NodeCount} nodes / {snapshot.PathGraph.EdgeCount} edges");

var people = Enumerable.Range(0, 20).Select(i => snapshot.PersonIds[(int)((long)i * 7919 % snapshot.Count)]).ToArray();
var finder = new ExpertFinder(index);
var proc = Process.GetCurrentProcess();
foreach (var t in topics.Take(3)) await finder.SearchAsync(people[0], t, 10, default); // JIT warm-up
var wall = new List<double>();
var cpu = new List<double>();
for (var r = 0; r < rounds; r++)
    for (var i = 0; i < topics.Length; i++)
    {
        var me = people[(r * topics.Length + i) % people.Length];
        proc.Refresh();
        var cpu0 = proc.TotalProcessorTime;
        var t0 = Stopwatch.GetTimestamp();
        await finder.SearchAsync(me, topics[i], 10, default);
        wall.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        proc.Refresh();
        cpu.Add((proc.TotalProcessorTime - cpu0).TotalMilliseconds);
    }
Console.WriteLine($"search: n={wall.Count} wall p50 {Pct(wall, 50):0.0} p95 {Pct(wall, 95):0.0} max {wall.Max():0.0} ms; cpu p50 {Pct(cpu, 50):0.0} p95 {Pct(cpu, 95):0.0} ms; mean cpu {cpu.Average():0.0} ms");

// The warm-path search alone: from each person to 200 random people, as the shortlist would be.
var random = new Random(1);
var dijkstra = new BoundedDijkstra(snapshot.PathGraph);
var settled = new List<double>();
var pathMs = new List<double>();
var pathCpu = new List<double>();
foreach (var me in people.Concat(people).Concat(people))
{
    snapshot.TryIndexOf(me, out var self);
    var targets = Enumerable.Range(0, 200).Select(_ => random.Next(snapshot.Count)).ToHashSet();
    proc.Refresh();
    var cpu0 = proc.TotalProcessorTime;
    var t0 = Stopwatch.GetTimestamp();
    settled.Add(dijkstra.Run(self, ExpertiseSnapshot.PathCutoff, targets));
    pathMs.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
    proc.Refresh();
    pathCpu.Add((proc.TotalProcessorTime - cpu0).TotalMilliseconds);
}
Console.WriteLine($"paths to 200 random targets: settled p50 {Pct(settled, 50):0} max {settled.Max():0} nodes; wall p50 {Pct(pathMs, 50):0.0} p95 {Pct(pathMs, 95):0.0} ms; cpu p50 {Pct(pathCpu, 50):0.0} p95 {Pct(pathCpu, 95):0.0} mean {pathCpu.Average():0.00} ms");
Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");

static double Pct(List<double> values, double p)
{
    var v = values.Order().ToArray();
    var k = (v.Length - 1) * p / 100;
    var lo = (int)k;
    var hi = Math.Min(lo + 1, v.Length - 1);
    return v[lo] + (v[hi] - v[lo]) * (k - lo);
}
