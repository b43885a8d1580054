namespace Mingle.Graph.Centrality;

/// <summary>How <see cref="ApproximateBetweenness"/> turns the Brandes sums of k sampled sources into an estimate.</summary>
public enum BetweennessEstimator
{
    /// <summary>networkx's <c>betweenness_centrality(k=…)</c>: every source's dependencies scaled by n / k.
    /// Unbiased, but a node next to a sampled source collects that source's whole BFS tree, so rankings are noisy.</summary>
    Brandes,

    /// <summary>
    /// Linear scaling (Geisberger, Sanders and Schultes, "Better approximation of betweenness centrality", ALENEX 2008),
    /// shifted by one hop: a pair (s, t) at distance L ≥ 3 gives an inner node v at distance a from s the weight
    /// (a − 1) / (L − 2) when s is the sampled source, and the pair (t, s) gives it (L − a − 1) / (L − 2), so the two
    /// ends share each path exactly once and the n / k estimate stays unbiased; a pair at distance 2 is split half
    /// and half. A source's neighbours thus get nothing from long paths (the main noise of <see cref="Brandes"/>), and
    /// for L ≤ 4 it equals Geisberger's "bisection" (the half of the path far from the source gets the credit).
    /// With every node as source it equals the exact value. Needs an undirected graph and BFS (unweighted)
    /// distances; otherwise <see cref="ApproximateBetweenness"/> falls back to <see cref="Brandes"/>.
    /// </summary>
    LinearScaling,

    /// <summary>
    /// The default. Each pair (s, t) through v is credited to the end farther from v, with both distances capped at 3
    /// and a tie split in half ("capped bisection", after Geisberger et al.'s bisection): a sampled source gives a node
    /// next to it only half of the pairs two hops apart, and nothing from longer paths. Then each node's sampled
    /// sources are post-stratified by their distance from it (1, 2, 3, ≥ 4 hops; see <see cref="Betweenness"/>'s
    /// <c>FromSourcesByDistance</c>): each class is scaled by the number of nodes at that distance, and a near class's
    /// mean per source, which rests on few sources, is shrunk toward a synthetic value (the class's ratio to the
    /// ≥ 4 class over all nodes, times this node's ≥ 4 mean). Two-hop counts are exact; three-hop counts come from
    /// HyperLogLog sketches (<see cref="Paths.BallSizes"/>). Spearman to exact at k = 256: 0.98 on the 10k-node
    /// benchmark graph and 0.97 on the 100k-node one (docs/graph.md). Where it does not apply — directed or weighted
    /// graphs (Brandes), <c>endpoints: true</c>, more than 2²¹ nodes, or graphs whose Σ degree² is so large that counting
    /// two-hop neighbourhoods would cost more than the search (plain linear scaling) — it falls back as stated. With
    /// every node as a source it equals the exact value.
    /// </summary>
    ByDistance,
}
