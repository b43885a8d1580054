namespace Mingle.Graph.Communities;

/// <summary>
/// Newman modularity of a partition, defined exactly as networkx's <c>community.modularity</c>:
/// undirected Q = Σ_c [ L_c / m − γ (D_c / 2m)² ] where L_c is the weight of edges inside c (a self-loop counted once)
/// and D_c the summed degrees (a self-loop adds twice its weight); directed (Leicht–Newman)
/// Q = Σ_c [ L_c / m − γ · out_c · in_c / m² ] with m the total arc weight.
/// Unweighted graphs use weight 1. A graph without edges has modularity 0 here (networkx divides by zero).
/// </summary>
public static class Modularity
{
    public static double Compute(Graph graph, ReadOnlySpan<int> membership, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (membership.Length != n)
            throw new ArgumentException($"Membership has {membership.Length} entries for {n} nodes.", nameof(membership));
        var communities = 0;
        foreach (var c in membership)
        {
            if (c < 0) throw new ArgumentException("Community labels must be non-negative.", nameof(membership));
            communities = Math.Max(communities, c + 1);
        }
        var outTotal = new double[communities];
        var inTotal = graph.IsDirected ? new double[communities] : outTotal;
        var internalWeight = new double[communities];
        var offsets = graph.OutOffsets;
        var targets = graph.OutTargets;
        var weights = graph.OutWeightsAll;
        var weighted = graph.IsWeighted;
        double total = 0;
        for (var v = 0; v < n; v++)
        {
            var cv = membership[v];
            double strength = 0;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var u = targets[p];
                double w = weighted ? weights[p] : 1.0;
                strength += w;
                // Undirected: an ordinary edge appears in both rows (so internal sums to 2·L_c) while a self-loop is
                // stored once, so it is added twice here to keep the same 2·L_c convention and count twice in degree.
                if (!graph.IsDirected && u == v)
                {
                    strength += w;
                    internalWeight[cv] += 2 * w;
                }
                else if (membership[u] == cv)
                {
                    internalWeight[cv] += w;
                }
                if (graph.IsDirected) inTotal[membership[u]] += w;
            }
            outTotal[cv] += strength;
            total += strength;
        }
        if (total == 0) return 0.0;
        double q = 0;
        if (graph.IsDirected)
        {
            // total = m (sum of arc weights).
            var norm = 1.0 / (total * total);
            for (var c = 0; c < communities; c++)
                q += internalWeight[c] / total - resolution * outTotal[c] * inTotal[c] * norm;
        }
        else
        {
            // total = 2m; internal = 2·L_c, so L_c / m = internal / total.
            var norm = 1.0 / (total * total);
            for (var c = 0; c < communities; c++)
                q += internalWeight[c] / total - resolution * outTotal[c] * outTotal[c] * norm;
        }
        return q;
    }
}
