using Mingle.Graph.Matching;

namespace Mingle.Graph.Tests.Matching;

public class MaxWeightMatchingTests
{
    [Theory]
    [MemberData(nameof(MatchingOracle.Cases), MemberType = typeof(MatchingOracle))]
    public void Find_TotalWeight_EqualsNetworkXExactly(string name)
    {
        var g = MatchingOracle.Get(name);
        var expected = MatchingOracle.For(name);

        var result = MaxWeightMatching.Find(g);

        AssertValidMatching(g, result);
        Assert.Equal(expected.Weight, result.TotalWeight);
    }

    [Theory]
    [MemberData(nameof(MatchingOracle.Cases), MemberType = typeof(MatchingOracle))]
    public void Find_MaxCardinality_EqualsNetworkXSizeAndWeight(string name)
    {
        var g = MatchingOracle.Get(name);
        var expected = MatchingOracle.For(name);

        var result = MaxWeightMatching.Find(g, maxCardinality: true);

        AssertValidMatching(g, result);
        Assert.Equal(expected.MaxCardinalityPairs, result.PairCount);
        Assert.Equal(expected.MaxCardinalityWeight, result.TotalWeight);
    }

    [Fact]
    public void Find_PathWithHeavyMiddle_PrefersWeightUnlessCardinalityIsForced()
    {
        // a–b (1), b–c (3), c–d (1): the heaviest matching is {b–c} = 3; the largest is {a–b, c–d} = 2.
        var b = new GraphBuilder(directed: false, weighted: true);
        b.AddEdge("a", "b", 1);
        b.AddEdge("b", "c", 3);
        b.AddEdge("c", "d", 1);
        var g = b.Build();

        Assert.Equal(3, MaxWeightMatching.Find(g).TotalWeight);
        var maxCard = MaxWeightMatching.Find(g, maxCardinality: true);
        Assert.Equal(2, maxCard.TotalWeight);
        Assert.Equal(2, maxCard.PairCount);
    }

    [Fact]
    public void Find_TriangleBlossomWithPendants_AugmentsThroughTheBlossom()
    {
        // Triangle 1-2-3 with pendants 1–6 and 3–4–5. Six vertices allow three pairs, and {1–6, 2–3, 4–5}
        // = 5 + 10 + 6 = 21 is the only perfect matching; greedy-style choices (2–3 then 1–… ) need the triangle
        // shrunk into a blossom to be found.
        var b = new GraphBuilder(directed: false, weighted: true);
        b.AddEdge(1, 2, 8);
        b.AddEdge(1, 3, 9);
        b.AddEdge(2, 3, 10);
        b.AddEdge(3, 4, 7);
        b.AddEdge(1, 6, 5);
        b.AddEdge(4, 5, 6);
        var result = MaxWeightMatching.Find(b.Build());
        Assert.Equal(21, result.TotalWeight);
        Assert.Equal([-1, 6, 3, 2, 5, 4, 1], result.Mate);
    }

    [Fact]
    public void Find_DirectedGraph_Throws()
    {
        var b = new GraphBuilder(directed: true, weighted: false);
        b.AddEdge(0, 1);
        Assert.Throws<ArgumentException>(() => MaxWeightMatching.Find(b.Build()));
    }

    internal static void AssertValidMatching(Graph g, MatchingResult result)
    {
        Assert.Equal(g.NodeCount, result.Mate.Length);
        double total = 0;
        for (var v = 0; v < g.NodeCount; v++)
        {
            var u = result.Mate[v];
            if (u < 0) continue;
            Assert.Equal(v, result.Mate[u]);
            Assert.NotEqual(v, u);
            var index = g.OutNeighbors(v).IndexOf(u);
            Assert.True(index >= 0, $"{v}–{u} is not an edge");
            if (u > v) total += g.IsWeighted ? g.OutWeights(v)[index] : 1;
        }
        Assert.Equal(total, result.TotalWeight);
    }
}
