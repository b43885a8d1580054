using Mingle.Graph.Centrality;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Centrality;

/// <summary>Every centrality against networkx on generated and classic graphs (per node, 1e-9 relative; 1e-6 for
/// the power iterations).</summary>
public class CentralityOracleTests
{
    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void DegreeAndStrength_MatchNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        NetworkX.AssertClose(g, NetworkX.NodeValues("degree", g), Array.ConvertAll(Degree.Total(g), x => (double)x), 0);
        NetworkX.AssertClose(g, NetworkX.NodeValues("degree_centrality", g), Degree.Centrality(g));
        NetworkX.AssertClose(g, NetworkX.NodeValues("strength", g), Strength.Total(g));
        if (g.IsDirected)
        {
            NetworkX.AssertClose(g, NetworkX.NodeValues("in_strength", g), Strength.In(g));
            NetworkX.AssertClose(g, NetworkX.NodeValues("out_strength", g), Strength.Out(g));
        }
    }

    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void Closeness_MatchesNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        NetworkX.AssertClose(g, NetworkX.NodeValues("closeness", g), Closeness.Compute(g));
        NetworkX.AssertClose(g, NetworkX.NodeValues("closeness", g, "wf_improved=false"), Closeness.Compute(g, wfImproved: false));
    }

    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void Harmonic_MatchesNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        NetworkX.AssertClose(g, NetworkX.NodeValues("harmonic", g), Harmonic.Compute(g));
    }

    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void Betweenness_MatchesNetworkX_NormalisedAndRaw(string name)
    {
        var g = TestGraphs.Get(name);
        NetworkX.AssertClose(g, NetworkX.NodeValues("betweenness", g), Betweenness.Compute(g));
        NetworkX.AssertClose(g, NetworkX.NodeValues("betweenness", g, "normalized=false"),
            Betweenness.Compute(g, normalized: false, maxDegreeOfParallelism: 2));
        NetworkX.AssertClose(g, NetworkX.NodeValues("betweenness", g, "endpoints=true"), Betweenness.Compute(g, endpoints: true));
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("scalefree-150-2-w")]
    [InlineData("dgnp-60-0.06")]
    [InlineData("dscalefree-120-2-q")]
    [InlineData("disconnected-isolates")]
    public void BetweennessFromSampledSources_MatchesNetworkXWithTheSameSources(string name)
    {
        var g = TestGraphs.Get(name);
        var sources = ApproximateBetweenness.SampleSources(g.NodeCount, 10, seed: 7);
        var keys = string.Join('|', sources.Select(g.Key));
        NetworkX.AssertClose(g, NetworkX.NodeValues("betweenness", g, "sources=" + keys), ApproximateBetweenness.Compute(g, 10, seed: 7, estimator: BetweennessEstimator.Brandes));
        NetworkX.AssertClose(g, NetworkX.NodeValues("betweenness", g, "sources=" + keys, "normalized=false"),
            Betweenness.FromSources(g, sources, normalized: false));
    }

    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void PageRank_MatchesNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        NetworkX.AssertClose(g, NetworkX.NodeValues("pagerank", g), PageRank.Compute(g), 1e-6);
        NetworkX.AssertClose(g, NetworkX.NodeValues("pagerank", g, "alpha=0.7", "tol=1e-10", "max_iter=500"),
            PageRank.Compute(g, alpha: 0.7, tolerance: 1e-10, maxIterations: 500), 1e-6);
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("dgnp-60-0.06-w")]
    [InlineData("ddisconnected-isolates")]
    public void PageRank_WithPersonalisation_MatchesNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        var p = new double[g.NodeCount];
        var parts = new List<string>();
        for (var v = 0; v < g.NodeCount; v += 3)
        {
            p[v] = 1 + v % 4;
            parts.Add(g.Key(v) + ":" + p[v]);
        }
        NetworkX.AssertClose(g, NetworkX.NodeValues("pagerank", g, "personalization=" + string.Join('|', parts)),
            PageRank.Compute(g, personalization: p), 1e-6);
    }

    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void Eigenvector_MatchesNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        var expected = NetworkX.NodeValues("eigenvector", g);
        if (expected.ContainsKey("__error__"))
        {
            Assert.Throws<ConvergenceException>(() => Eigenvector.Compute(g));
            return;
        }
        NetworkX.AssertClose(g, expected, Eigenvector.Compute(g), 1e-6);
    }
}
