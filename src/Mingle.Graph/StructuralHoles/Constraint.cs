namespace Mingle.Graph.StructuralHoles;

/// <summary>
/// Burt's constraint exactly as networkx <c>constraint</c>: c(v) = Σ_{u ∈ N(v)} (p_vu + Σ_{w ∈ N(v)} p_vw p_wu)², with
/// p_xy = m(x, y) / Σ_z m(x, z) on mutual weights (see <see cref="MutualTies"/>), N = all neighbours (in or out).
/// NaN where networkx gives NaN: nodes with no out-neighbours (no neighbours at all when undirected).
/// </summary>
public static class Constraint
{
    public static double[] Compute(Graph g, bool useWeights = true, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        var n = g.NodeCount;
        var ties = new MutualTies(g, useWeights);
        var result = new double[n];
        Centrality.NodeParallel.For(n, () => (new double[n], new bool[n]),
            (v, buf) => result[v] = g.OutDegree(v) == 0 ? double.NaN : Node(ties, v, buf.Item1, buf.Item2), ct);
        return result;
    }

    static double Node(MutualTies t, int v, double[] indirect, bool[] isNbr)
    {
        var off = t.Offsets;
        var tgt = t.Targets;
        var wt = t.Weights;
        if (t.Sum[v] == 0) return 0;
        for (var a = off[v]; a < off[v + 1]; a++) isNbr[tgt[a]] = true;
        for (var a = off[v]; a < off[v + 1]; a++)
        {
            var w = tgt[a];
            var pvw = wt[a] / t.Sum[v];
            if (t.Sum[w] == 0) continue;
            for (var b = off[w]; b < off[w + 1]; b++)
            {
                var u = tgt[b];
                if (isNbr[u]) indirect[u] += pvw * (wt[b] / t.Sum[w]);
            }
        }
        double c = 0;
        for (var a = off[v]; a < off[v + 1]; a++)
        {
            var u = tgt[a];
            var x = wt[a] / t.Sum[v] + indirect[u];
            c += x * x;
            indirect[u] = 0;
            isNbr[u] = false;
        }
        return c;
    }
}
