using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mingle.Graph.Centrality;
using Mingle.Graph.Paths;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Centrality;

public class ApproximateBetweennessTests
{
    static Graph RandomGraph(int n, int densityPercent, int seed, bool directed, bool weighted) =>
        TestGraphs.Random(2 + Math.Abs(n) % 40, (Math.Abs(densityPercent) % 30 + 1) / 100.0, seed, directed,
            weighted ? TestGraphs.Weights.Integers : TestGraphs.Weights.None);

    static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    /// <summary>Seed whose single sampled source is <paramref name="node"/>.</summary>
    static int SeedPicking(int nodeCount, int node)
    {
        for (var seed = 0; ; seed++)
            if (ApproximateBetweenness.SampleSources(nodeCount, 1, seed)[0] == node) return seed;
    }

    [Property(MaxTest = 40)]
    public Property WithAllSources_EitherEstimator_EqualsExact(int n, int density, int seed, bool directed, bool weighted,
        bool endpoints, bool linear)
    {
        var g = RandomGraph(n, density, seed, directed, weighted);
        var exact = Betweenness.Compute(g, endpoints: endpoints);
        var sampled = ApproximateBetweenness.Compute(g, g.NodeCount, seed, endpoints: endpoints,
            estimator: linear ? BetweennessEstimator.LinearScaling : BetweennessEstimator.Brandes);
        return exact.Zip(sampled).All(p => Close(p.Second, p.First)).Label($"n={g.NodeCount}");
    }

    /// <summary>Linear scaling hands each pair (s, t) at distance L a total of L − 1 over its inner nodes (counting
    /// both directions), like Brandes, so one source's raw estimate sums to n/2 · Σ_t (d(s, t) − 1).</summary>
    [Property(MaxTest = 60)]
    public Property LinearScaling_OneSource_SharesOutEachPathOnce(int n, int density, int seed)
    {
        var g = RandomGraph(n, density, seed, directed: false, weighted: false);
        var source = ApproximateBetweenness.SampleSources(g.NodeCount, 1, seed)[0];
        var b = ApproximateBetweenness.Compute(g, 1, seed, normalized: false);
        double expected = 0;
        foreach (var d in Bfs.Distances(g, source))
            if (d > 1) expected += d - 1;
        expected *= g.NodeCount / 2.0;
        return (Close(b.Sum(), expected) && b[source] == 0).Label($"sum {b.Sum()} expected {expected}");
    }

    /// <summary>Path 0–1–2–3–4 from source 0, by hand. Raw shares: target 2 (L = 2) gives node 1 one half, doubled
    /// = 1; target 3 (L = 3) gives node 2 weight 2·1/1 = 2 and node 1 nothing; target 4 (L = 4) gives nodes 2 and 3
    /// 2·1/2 = 1 and 2·2/2 = 2. Raw (1, 3, 2), times n/k · ½ = 2.5 for unnormalised undirected values.
    /// Brandes from source 0 gives dependencies (3, 2, 1) instead.</summary>
    [Fact]
    public void OneSource_OnAPath_SplitsEachPathByDistance()
    {
        var b = new GraphBuilder(directed: false, weighted: false);
        for (var i = 0; i < 4; i++) b.AddEdge(i, i + 1);
        var g = b.Build();
        var seed = SeedPicking(5, 0);
        Assert.Equal([0, 2.5, 7.5, 5, 0], ApproximateBetweenness.Compute(g, 1, seed, normalized: false));
        Assert.Equal([0, 7.5, 5, 2.5, 0],
            ApproximateBetweenness.Compute(g, 1, seed, normalized: false, estimator: BetweennessEstimator.Brandes));
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("disconnected-isolates")]
    [InlineData("planted-4x25")]
    public void LinearScaling_WithAllSources_MatchesNetworkXExact(string name)
    {
        var g = TestGraphs.Get(name);
        NetworkX.AssertClose(g, NetworkX.NodeValues("betweenness", g), ApproximateBetweenness.Compute(g, g.NodeCount, seed: 3));
    }

    [Theory]
    [InlineData("dgnp-60-0.06")]
    [InlineData("scalefree-150-2-w")]
    public void LinearScaling_OnDirectedOrWeightedGraphs_FallsBackToBrandes(string name)
    {
        var g = TestGraphs.Get(name);
        Assert.Equal(ApproximateBetweenness.Compute(g, 10, seed: 5, estimator: BetweennessEstimator.Brandes),
            ApproximateBetweenness.Compute(g, 10, seed: 5));
    }
}
