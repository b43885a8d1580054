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
}
