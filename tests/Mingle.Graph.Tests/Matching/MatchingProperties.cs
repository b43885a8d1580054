using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mingle.Graph.Matching;

namespace Mingle.Graph.Tests.Matching;

public class MatchingProperties
{
    static Graph RandomGraph(int seed, int maxNodes, double maxDensity, int maxWeight)
    {
        var rng = new Random(seed);
        var n = rng.Next(1, maxNodes + 1);
        var p = rng.NextDouble() * maxDensity;
        var b = new GraphBuilder(directed: false, weighted: seed % 4 != 0);
        b.EnsureNodes(n);
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                if (rng.NextDouble() < p) b.AddEdge(i, j, rng.Next(1, maxWeight + 1));
        return b.Build();
    }

    [Property(MaxTest = 200)]
    public Property Exact_EqualsBruteForceOnTinyGraphs(int seed)
    {
        var g = RandomGraph(seed, maxNodes: 9, maxDensity: 0.6, maxWeight: 12);
        var exact = MaxWeightMatching.Find(g);
        var brute = BruteForce(g);
        return (Valid(g, exact) && exact.TotalWeight == brute).Label($"blossom {exact.TotalWeight}, brute force {brute}");
    }

    [Property(MaxTest = 100)]
    public Property Approximate_IsValid_AndAtLeastHalfOfExact(int seed)
    {
        var g = RandomGraph(seed, maxNodes: 60, maxDensity: 0.3, maxWeight: 20);
        var exact = MaxWeightMatching.Find(g);
        var approx = ApproximateMatching.Find(g);
        return (Valid(g, exact) && Valid(g, approx) && approx.TotalWeight <= exact.TotalWeight
                && approx.TotalWeight >= ApproximateMatching.Bound * exact.TotalWeight)
            .Label($"approx {approx.TotalWeight}, exact {exact.TotalWeight}");
    }

    [Property(MaxTest = 60)]
    public Property MaxCardinality_HasAtLeastAsManyPairs_AndAtMostTheWeight(int seed)
    {
        var g = RandomGraph(seed, maxNodes: 40, maxDensity: 0.3, maxWeight: 9);
        var weight = MaxWeightMatching.Find(g);
        var card = MaxWeightMatching.Find(g, maxCardinality: true);
        return (Valid(g, card) && card.PairCount >= weight.PairCount && card.TotalWeight <= weight.TotalWeight)
            .Label($"pairs {card.PairCount} vs {weight.PairCount}");
    }

    /// <summary>Each vertex in at most one pair, pairs are edges, the total is the pairs' weight.</summary>
    static bool Valid(Graph g, MatchingResult m)
    {
        double total = 0;
        for (var v = 0; v < g.NodeCount; v++)
        {
            var u = m.Mate[v];
            if (u < 0) continue;
            if (u == v || m.Mate[u] != v) return false;
            var i = g.OutNeighbors(v).IndexOf(u);
            if (i < 0) return false;
            if (u > v) total += g.IsWeighted ? g.OutWeights(v)[i] : 1;
        }
        return total == m.TotalWeight;
    }

    static double BruteForce(Graph g)
    {
        var edges = new List<(int U, int V, double W)>();
        for (var v = 0; v < g.NodeCount; v++)
        {
            var ns = g.OutNeighbors(v);
            for (var i = 0; i < ns.Length; i++)
                if (ns[i] > v) edges.Add((v, ns[i], g.IsWeighted ? g.OutWeights(v)[i] : 1));
        }
        double Best(int k, long used)
        {
            if (k == edges.Count) return 0;
            var skip = Best(k + 1, used);
            var (u, v, w) = edges[k];
            if ((used & (1L << u)) != 0 || (used & (1L << v)) != 0) return skip;
            return Math.Max(skip, w + Best(k + 1, used | (1L << u) | (1L << v)));
        }
        return Best(0, 0);
    }
}
