// Usage: GraphPerf CSV MEASURE [--repeat R] [--samples K] [--seed S] [--out FILE] [--weighted]
// Measures: clustering, transitivity, betweenness, approx (uses --samples/--seed). Prints one line per run.
using System.Diagnostics;
using System.Globalization;
using Mingle.Graph.Centrality;
using Mingle.Graph.Clustering;
using Mingle.Graph.IO;

var csv = args[0];
var measure = args[1];
int repeat = 1, samples = 256, seed = 1;
string? outPath = null;
var weighted = false;
string? order = null;
for (var i = 2; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--samples": samples = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": outPath = args[++i]; break;
        case "--weighted": weighted = true; break;
        case "--order": order = args[++i]; break;
        default: throw new ArgumentException(args[i]);
    }
}
var clock = Stopwatch.StartNew();
var g = EdgeListReader.ReadFile(csv, directed: false, weighted: weighted);
Console.WriteLine($"load {clock.Elapsed.TotalSeconds:F3} s  n={g.NodeCount} m={g.EdgeCount}");
if (order is not null)
{
    clock.Restart();
    g = Relabel(g, order);
    Console.WriteLine($"relabel {order} {clock.Elapsed.TotalSeconds:F3} s");
}
double[] values = [];
for (var r = 0; r < repeat; r++)
{
    clock.Restart();
    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    switch (measure)
    {
        case "clustering": values = LocalClustering.Compute(g); break;
        case "transitivity": values = [Transitivity.Compute(g)]; break;
        case "betweenness": values = Betweenness.Compute(g); break;
        case "approx": values = ApproximateBetweenness.Compute(g, samples, seed); break;
        default: throw new ArgumentException(measure);
    }
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
    Console.WriteLine($"{measure} {clock.Elapsed.TotalSeconds:F3} s wall, {cpu.TotalSeconds:F3} s cpu");
}
if (outPath is not null)
{
    using var w = new StreamWriter(outPath);
    w.WriteLine("node,value");
    for (var v = 0; v < values.Length; v++) w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{g.Key(v)},{values[v]:R}"));
}

static Mingle.Graph.Graph Relabel(Mingle.Graph.Graph g, string how)
{
    var n = g.NodeCount;
    var perm = new int[n]; // perm[old] = new
    var seq = new List<int>(n);
    switch (how)
    {
        case "bfs":
            {
                var seen = new bool[n];
                var q = new Queue<int>();
                for (var r = 0; r < n; r++)
                {
                    if (seen[r]) continue;
                    seen[r] = true; q.Enqueue(r);
                    while (q.Count > 0)
                    {
                        var v = q.Dequeue(); seq.Add(v);
                        foreach (var w in g.OutNeighbors(v)) if (!seen[w]) { seen[w] = true; q.Enqueue(w); }
                    }
                }
                break;
            }
        case "community":
            {
                var m = Mingle.Graph.Communities.Louvain.Detect(g, seed: 1).Membership;
                seq.AddRange(Enumerable.Range(0, n).OrderBy(v => m[v]).ThenBy(v => v));
                break;
            }
        case "degree":
            seq.AddRange(Enumerable.Range(0, n).OrderByDescending(v => g.OutDegree(v)));
            break;
        default: seq.AddRange(Enumerable.Range(0, n)); break;
    }
    for (var i = 0; i < n; i++) perm[seq[i]] = i;
    var b = new Mingle.Graph.GraphBuilder(false, g.IsWeighted);
    b.EnsureNodes(n);
    for (var u = 0; u < n; u++)
    {
        var nb = g.OutNeighbors(u);
        for (var a = 0; a < nb.Length; a++) if (u < nb[a]) b.AddEdge(perm[u], perm[nb[a]], g.IsWeighted ? g.OutWeights(u)[a] : 1.0);
    }
    return b.Build();
}
