using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mingle.Graph.Centrality;
using Mingle.Graph.KCore;
using Mingle.Graph.Paths;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests;

/// <summary>Invariants on random graphs (node count, density, seed and direction drawn by FsCheck).</summary>
public class PropertyTests
{
    static Graph RandomGraph(int n, int densityPercent, int seed, bool directed, bool weighted) =>
        TestGraphs.Random(2 + Math.Abs(n) % 40, (Math.Abs(densityPercent) % 30 + 1) / 100.0, seed, directed,
            weighted ? TestGraphs.Weights.Integers : TestGraphs.Weights.None);

    [Property(MaxTest = 60)]
    public bool DegreeSum_IsTwiceTheEdgeCount(int n, int density, int seed)
    {
        var g = RandomGraph(n, density, seed, directed: false, weighted: false);
        return Degree.Total(g).Sum() == 2 * g.EdgeCount;
    }

    /// <summary>Every pair (s, t) at distance d has d − 1 interior nodes on each shortest path, so raw betweenness sums
    /// to Σ (d(s, t) − 1) over reachable ordered pairs (halved for undirected graphs, as networkx scales).</summary>
    [Property(MaxTest = 60)]
    public bool RawBetweennessSum_EqualsSumOfPairDependencies(int n, int density, int seed, bool directed)
    {
        var g = RandomGraph(n, density, seed, directed, weighted: false);
        var b = Betweenness.Compute(g, normalized: false);
        double pairs = 0;
        for (var s = 0; s < g.NodeCount; s++)
            foreach (var d in Bfs.Distances(g, s))
                if (d > 0) pairs += d - 1;
        if (!directed) pairs /= 2;
        return Math.Abs(b.Sum() - pairs) <= 1e-9 * Math.Max(1, pairs);
    }

    [Property(MaxTest = 40)]
    public bool ParallelBetweenness_EqualsSequential(int n, int density, int seed, bool directed, bool weighted)
    {
        var g = RandomGraph(n, density, seed, directed, weighted);
        var one = Betweenness.Compute(g, maxDegreeOfParallelism: 1);
        var many = Betweenness.Compute(g, maxDegreeOfParallelism: 3);
        return one.Zip(many).All(p => Math.Abs(p.First - p.Second) <= 1e-12 * Math.Max(1, Math.Abs(p.First)));
    }

    /// <summary>Core numbers never exceed degree, and the k-core (nodes with core ≥ k) has minimum degree ≥ k in itself.</summary>
    [Property(MaxTest = 60)]
    public bool CoreNumbers_AreConsistentWithTheirCores(int n, int density, int seed)
    {
        var g = RandomGraph(n, density, seed, directed: false, weighted: false);
        var core = CoreNumber.Compute(g);
        var deg = Degree.Total(g);
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (core[v] > deg[v]) return false;
            var inside = 0;
            foreach (var u in g.OutNeighbors(v)) if (core[u] >= core[v]) inside++;
            if (inside < core[v]) return false;
        }
        return true;
    }

    [Property(MaxTest = 60)]
    public bool PageRank_SumsToOne(int n, int density, int seed, bool directed, bool weighted)
    {
        var g = RandomGraph(n, density, seed, directed, weighted);
        return Math.Abs(PageRank.Compute(g).Sum() - 1) < 1e-9;
    }

    [Property(MaxTest = 30)]
    public Property SampledBetweenness_WithAllSources_EqualsExact(int n, int density, int seed)
    {
        var g = RandomGraph(n, density, seed, directed: false, weighted: false);
        var exact = Betweenness.Compute(g);
        var sampled = ApproximateBetweenness.Compute(g, g.NodeCount, seed);
        return exact.Zip(sampled).All(p => Math.Abs(p.First - p.Second) <= 1e-12).Label($"n={g.NodeCount}");
    }
}
