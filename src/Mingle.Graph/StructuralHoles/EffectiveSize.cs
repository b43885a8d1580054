namespace Mingle.Graph.StructuralHoles;

/// <summary>
/// Burt's effective size exactly as networkx <c>effective_size</c>. Undirected unweighted graphs use Borgatti's
/// simplification n − 2t / n (n neighbours, t ties among them), like networkx; otherwise
/// Σ_{u ∈ N(v)} (1 − Σ_{w ∈ N(v)} p_vw m_uw / max_z m_uz) on mutual weights. NaN for nodes with no out-neighbours
/// (networkx's "isolated" test looks at successors only).
/// </summary>
public static class EffectiveSize
{
    public static double[] Compute(Graph g, bool useWeights = true, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        var n = g.NodeCount;
        var weighted = useWeights && g.IsWeighted;
        var ties = new MutualTies(g, weighted);
        var borgatti = !g.IsDirected && !weighted;
        var result = new double[n];
        Centrality.NodeParallel.For(n, () => new double[n],
            (v, mark) => result[v] = g.OutDegree(v) == 0 ? double.NaN : Node(ties, v, mark, borgatti), ct);
        return result;
    }

    static double Node(MutualTies t, int v, double[] mark, bool borgatti)
    {
        var off = t.Offsets;
        var tgt = t.Targets;
        var wt = t.Weights;
        var deg = off[v + 1] - off[v];
        if (deg == 0) return borgatti ? double.NaN : 0;
        for (var a = off[v]; a < off[v + 1]; a++) mark[tgt[a]] = borgatti ? 1 : wt[a] / t.Sum[v];
        double result;
        if (borgatti)
        {
            long twiceTies = 0;
            for (var a = off[v]; a < off[v + 1]; a++)
            {
                var u = tgt[a];
                for (var b = off[u]; b < off[u + 1]; b++) if (mark[tgt[b]] != 0) twiceTies++;
            }
            result = deg - (double)twiceTies / deg;
        }
        else
        {
            result = 0;
            for (var a = off[v]; a < off[v + 1]; a++)
            {
                var u = tgt[a];
                double r = 0;
                if (t.Max[u] != 0)
                    for (var b = off[u]; b < off[u + 1]; b++)
                    {
                        var p = mark[tgt[b]];
                        if (p != 0) r += p * (wt[b] / t.Max[u]);
                    }
                result += 1 - r;
            }
        }
        for (var a = off[v]; a < off[v + 1]; a++) mark[tgt[a]] = 0;
        return result;
    }
}
