using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mingle.Graph.Communities;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Communities;

public class CommunityProperties
{
    static Graph RandomGraph(int seed, bool directed)
    {
        var rng = new Random(seed);
        var n = rng.Next(1, 60);
        var p = rng.NextDouble() * 0.2;
        return TestGraphs.Random(n, p, seed, directed, (TestGraphs.Weights)(seed % 3));
    }

    [Property(MaxTest = 60)]
    public Property WholeGraphPartition_HasModularityOneMinusResolution(int seed, bool directed)
    {
        var g = RandomGraph(seed, directed);
        var resolution = 0.25 + (seed & 7) / 4.0;
        var q = Modularity.Compute(g, new int[g.NodeCount], resolution);
        return (g.EdgeCount == 0 || Math.Abs(q - (1 - resolution)) < 1e-12).Label($"Q = {q}");
    }

    [Property(MaxTest = 60)]
    public Property SingletonPartition_HasMinusResolutionTimesSquaredDegreeShares(int seed)
    {
        // Without self-loops no edge is internal, so Q = −γ Σ_v (k_v / 2m)².
        var g = RandomGraph(seed, directed: false);
        var singletons = Enumerable.Range(0, g.NodeCount).ToArray();
        double twoM = 0;
        var k = new double[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++)
        {
            var ws = g.OutWeights(v);
            k[v] = ws.IsEmpty ? g.OutDegree(v) : Sum(ws);
            twoM += k[v];
        }
        double expected = 0;
        if (twoM > 0)
            foreach (var kv in k) expected -= 1.5 * (kv / twoM) * (kv / twoM);
        var q = Modularity.Compute(g, singletons, 1.5);
        return (Math.Abs(q - expected) < 1e-12).Label($"Q = {q}, expected {expected}");
    }

    [Property(MaxTest = 40)]
    public Property DetectedPartitions_HaveDenseLabels_AndLeidenCommunitiesAreConnected(int seed, bool directed)
    {
        var g = RandomGraph(seed, directed);
        var louvain = Louvain.Detect(g, seed: seed);
        var leiden = Leiden.Detect(g, seed: seed);
        return (Dense(louvain) && Dense(leiden) && Connected(g, leiden)
                && louvain.Modularity >= Modularity.Compute(g, Enumerable.Range(0, g.NodeCount).ToArray()) - 1e-12)
            .Label($"louvain {louvain.CommunityCount}, leiden {leiden.CommunityCount}");
    }

    static double Sum(ReadOnlySpan<float> ws)
    {
        double s = 0;
        foreach (var w in ws) s += w;
        return s;
    }

    static bool Dense(Partition p)
    {
        var seen = new bool[p.CommunityCount];
        foreach (var c in p.Membership)
        {
            if (c < 0 || c >= p.CommunityCount) return false;
            seen[c] = true;
        }
        return seen.All(x => x);
    }

    /// <summary>Each community induces a (weakly) connected subgraph — the guarantee Leiden adds over Louvain.</summary>
    static bool Connected(Graph g, Partition p)
    {
        var visited = new bool[g.NodeCount];
        var roots = new bool[p.CommunityCount];
        for (var s = 0; s < g.NodeCount; s++)
        {
            if (visited[s]) continue;
            var c = p.Membership[s];
            if (roots[c]) return false; // a second piece of the same community
            roots[c] = true;
            var stack = new Stack<int>();
            stack.Push(s);
            visited[s] = true;
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                foreach (var u in g.OutNeighbors(v).ToArray().Concat(g.InNeighbors(v).ToArray()))
                {
                    if (visited[u] || p.Membership[u] != c) continue;
                    visited[u] = true;
                    stack.Push(u);
                }
            }
        }
        return true;
    }
}
