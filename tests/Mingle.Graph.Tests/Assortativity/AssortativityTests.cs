using System.Globalization;
using Mingle.Graph.Assortativity;
using Mingle.Graph.Tests.Communities;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Assortativity;

public class AssortativityTests
{
    const string Script = "Assortativity/assortativity_oracle.py";

    static double Parse(string s) => s == "nan" ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);

    static void AssertClose(double expected, double actual, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual:R}");
            return;
        }
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");
    }

    [Theory]
    [MemberData(nameof(CommunityTestGraphs.All), MemberType = typeof(CommunityTestGraphs))]
    public void AttributeAssortativity_MatchesNetworkX(string name)
    {
        var g = CommunityTestGraphs.Get(name);
        var attribute = CommunityTestGraphs.RandomLabels(g.NodeCount, 3, 11);
        // Make the attribute assortative on purpose for half of the nodes: copy a neighbour's value.
        for (var v = 0; v < g.NodeCount; v += 2)
            if (g.OutDegree(v) > 0) attribute[v] = attribute[g.OutNeighbors(v)[0]];
        var expected = Parse(NetworkX.Run(Script, g, "assortativity", "attr=" + string.Join(",", attribute)).Trim());
        AssertClose(expected, AttributeAssortativity.Compute(g, attribute), name);
    }

    [Theory]
    [MemberData(nameof(CommunityTestGraphs.All), MemberType = typeof(CommunityTestGraphs))]
    public void EIIndex_MatchesEdgeCountsFromNetworkX(string name)
    {
        var g = CommunityTestGraphs.Get(name);
        var group = CommunityTestGraphs.RandomLabels(g.NodeCount, 4, 12);
        foreach (var weighted in new[] { false, true })
        {
            var expected = NetworkX.Run(Script, g, "ei", "group=" + string.Join(",", group), "weighted=" + (weighted ? "true" : "false"))
                .Trim().Split('\t').Select(Parse).ToArray();
            var result = EIIndex.Compute(g, group, useWeights: weighted);
            AssertClose(expected[0], result.Index, "overall");
            Assert.Equal(expected.Length - 1, result.GroupIndex.Length);
            for (var k = 0; k < result.GroupIndex.Length; k++) AssertClose(expected[k + 1], result.GroupIndex[k], "group " + k);
        }
    }

    [Fact]
    public void EIIndex_HandComputed()
    {
        // Groups {0,1} and {2,3}; edges 0–1 and 2–3 internal, 1–2 external: E = 1, I = 2 → (1 − 2)/3.
        // Group 0 touches 0–1 (internal) and 1–2 (external): (1 − 1)/2 = 0; same for group 1.
        var b = new GraphBuilder(directed: false, weighted: false);
        b.AddEdge(0, 1);
        b.AddEdge(2, 3);
        b.AddEdge(1, 2);
        var result = EIIndex.Compute(b.Build(), [0, 0, 1, 1]);
        Assert.Equal(-1.0 / 3, result.Index, 1e-15);
        Assert.Equal(1, result.External);
        Assert.Equal(2, result.Internal);
        Assert.Equal([0.0, 0.0], result.GroupIndex);
    }

    [Fact]
    public void AttributeAssortativity_PerfectlySortedAndBipartite()
    {
        // Two disjoint edges inside groups: r = 1. A single edge across two groups: r = −1.
        var b = new GraphBuilder(directed: false, weighted: false);
        b.AddEdge(0, 1);
        b.AddEdge(2, 3);
        Assert.Equal(1.0, AttributeAssortativity.Compute(b.Build(), [0, 0, 1, 1]), 1e-15);
        var c = new GraphBuilder(directed: false, weighted: false);
        c.AddEdge(0, 1);
        Assert.Equal(-1.0, AttributeAssortativity.Compute(c.Build(), [0, 1]), 1e-15);
    }

    [Fact]
    public void NormalizedMutualInformation_MatchesScikitLearnFormula()
    {
        var cases = new List<(int[] A, int[] B)>();
        for (var seed = 0; seed < 30; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(1, 80);
            var a = CommunityTestGraphs.RandomLabels(n, rng.Next(1, 6), seed + 100);
            var b = seed % 3 == 0
                ? a.Select(x => rng.NextDouble() < 0.8 ? x : rng.Next(4)).ToArray() // noisy copy
                : CommunityTestGraphs.RandomLabels(n, rng.Next(1, 6), seed + 200);
            cases.Add((a, b));
        }
        cases.Add(([0, 0, 1, 1], [5, 5, 9, 9]));
        cases.Add(([0, 0, 0], [1, 1, 1]));
        cases.Add(([0, 0, 0, 0], [0, 1, 2, 3]));
        cases.Add(([0, 0, 1, 1], [0, 1, 0, 1]));
        var arg = string.Join(";", cases.Select(c => string.Join(",", c.A) + "|" + string.Join(",", c.B)));
        var expected = NetworkX.RunRaw(Script, "-", "nmi", "cases=" + arg)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToArray();
        Assert.Equal(cases.Count, expected.Length);
        for (var i = 0; i < cases.Count; i++)
            AssertClose(expected[i], NormalizedMutualInformation.Compute(cases[i].A, cases[i].B), "case " + i);
    }

    [Fact]
    public void NormalizedMutualInformation_HandComputed()
    {
        // A = {0,0,1,1}, B = {0,0,0,1}: I = H(B) − H(B|A) = h(¼) − ½·h(½)·… computed in nats below.
        // H(A) = ln 2; H(B) = −(¾ ln ¾ + ¼ ln ¼); H(B|A) = ½·ln 2 (the A=1 half splits evenly) → I = H(B) − ½ ln 2.
        var hb = -(0.75 * Math.Log(0.75) + 0.25 * Math.Log(0.25));
        var expected = (hb - 0.5 * Math.Log(2)) / ((Math.Log(2) + hb) / 2);
        Assert.Equal(expected, NormalizedMutualInformation.Compute([0, 0, 1, 1], [0, 0, 0, 1]), 1e-14);
        Assert.Equal(1.0, NormalizedMutualInformation.Compute([3, 3, 7], [1, 1, 0]), 1e-15);
    }
}
