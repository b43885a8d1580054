namespace Mingle.Graph.Centrality;

/// <summary>
/// Betweenness estimated from k sources sampled without replacement. With <see cref="BetweennessEstimator.Brandes"/>
/// it is networkx's <c>betweenness_centrality(k=…)</c>: the Brandes sums over the sample scaled by n / k. The default,
/// <see cref="BetweennessEstimator.LinearScaling"/>, is a deliberate difference from networkx: for the same k it ranks
/// nodes much closer to the exact order (Spearman 0.93 instead of 0.72 at k = 256 on the 10k-node benchmark graph, see
/// docs/graph.md); it applies to undirected graphs with BFS distances, others fall back to Brandes. Also deliberate:
/// the sample comes from .NET's seeded <see cref="Random"/>, not Python's, so the same seed picks different sources than
/// networkx; <see cref="Betweenness.FromSources"/> reproduces networkx for a given sample.
/// </summary>
public static class ApproximateBetweenness
{
    public static double[] Compute(Graph g, int samples, int seed, bool normalized = true, bool endpoints = false,
        bool useWeights = true, BetweennessEstimator estimator = BetweennessEstimator.LinearScaling,
        int maxDegreeOfParallelism = -1, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        var sources = SampleSources(g.NodeCount, samples, seed);
        var linear = estimator == BetweennessEstimator.LinearScaling && !g.IsDirected && !(useWeights && g.IsWeighted);
        return Betweenness.FromSources(g, sources, normalized, endpoints, useWeights, linear, maxDegreeOfParallelism, ct);
    }

    /// <summary>min(k, n) distinct nodes by a partial Fisher–Yates shuffle, in sampled order.</summary>
    public static int[] SampleSources(int nodeCount, int samples, int seed)
    {
        var k = Math.Min(samples, nodeCount);
        var rng = new Random(seed);
        var perm = new int[nodeCount];
        for (var i = 0; i < nodeCount; i++) perm[i] = i;
        for (var i = 0; i < k; i++)
        {
            var j = rng.Next(i, nodeCount);
            (perm[i], perm[j]) = (perm[j], perm[i]);
        }
        return perm[..k];
    }
}
