namespace Mingle.Graph.Clustering;

/// <summary>
/// Local clustering coefficient as networkx <c>clustering</c>. Undirected: 2T / (d (d − 1)), self-loops ignored.
/// Weighted (Onnela et al.): each triangle contributes (ŵ_ij ŵ_jk ŵ_ki)^(1/3) with weights divided by the largest
/// edge weight in the graph. Directed (Fagiolo): T / (2 (d_tot (d_tot − 1) − 2 d_↔)), counting all directed
/// triangles, weighted the same geometric-mean way. Each node is computed on its own, in parallel.
/// </summary>
public static class LocalClustering
{
    public static double[] Compute(Graph g, bool useWeights = true, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        var n = g.NodeCount;
        var weighted = useWeights && g.IsWeighted;
        var scale = weighted ? 1.0 / MaxWeight(g) : 1.0;
        var result = new double[n];
        if (!g.IsDirected)
            Centrality.NodeParallel.For(n, () => new double[n], (i, mark) => result[i] = Undirected(g, i, mark, weighted, scale), ct);
        else
            Centrality.NodeParallel.For(n, () => new DirectedBuffers(n), (i, b) => result[i] = Directed(g, i, b, weighted, scale), ct);
        return result;
    }

    /// <summary>Largest edge weight (networkx's normaliser; self-loops included), 1 for an edgeless graph.</summary>
    internal static double MaxWeight(Graph g)
    {
        var w = g.OutWeightsAll;
        if (w.IsEmpty) return 1;
        double max = double.NegativeInfinity;
        foreach (var x in w) if (x > max) max = x;
        return max;
    }

    /// <summary>Twice the (weighted) triangle count at i: Σ over ordered neighbour pairs (j, k) that are linked.
    /// <paramref name="mark"/> must be all zeros; it is left that way.</summary>
    internal static (double Triangles, int Degree) UndirectedTriangles(Graph g, int i, double[] mark, bool weighted, double scale)
    {
        var nb = g.OutNeighbors(i);
        var wi = g.OutWeights(i);
        var deg = 0;
        for (var a = 0; a < nb.Length; a++)
        {
            if (nb[a] == i) continue;
            // A zero weight leaves the mark at 0, which is harmless: such a triangle adds 0^(1/3) = 0 in networkx too.
            mark[nb[a]] = weighted ? wi[a] * scale : 1.0;
            deg++;
        }
        double t = 0;
        if (deg >= 2)
        {
            for (var a = 0; a < nb.Length; a++)
            {
                var j = nb[a];
                if (j == i) continue;
                // Rows are sorted: only k > j, so each neighbour pair is seen once (doubled below).
                var nj = g.OutNeighbors(j);
                var first = nj.BinarySearch(j);
                first = first >= 0 ? first + 1 : ~first;
                if (!weighted)
                {
                    var c = 0;
                    for (var b = first; b < nj.Length; b++) if (mark[nj[b]] != 0) c++;
                    t += c;
                }
                else
                {
                    var wij = mark[j];
                    var wj = g.OutWeights(j);
                    for (var b = first; b < nj.Length; b++)
                    {
                        var k = nj[b];
                        if (mark[k] == 0) continue;
                        t += Math.Pow(wij * (wj[b] * scale) * mark[k], 1.0 / 3.0);
                    }
                }
            }
            t *= 2;
        }
        foreach (var j in nb) mark[j] = 0;
        return (t, deg);
    }

    static double Undirected(Graph g, int i, double[] mark, bool weighted, double scale)
    {
        var (t, d) = UndirectedTriangles(g, i, mark, weighted, scale);
        return t == 0 ? 0 : t / ((double)d * (d - 1));
    }

    sealed class DirectedBuffers(int n)
    {
        public readonly double[] InW = new double[n];   // ŵ(k, i) for k ∈ pred(i) \ {i}
        public readonly double[] OutW = new double[n];  // ŵ(i, k) for k ∈ succ(i) \ {i}
        public readonly byte[] Flags = new byte[n];     // 1 = pred, 2 = succ
    }

    static double Directed(Graph g, int i, DirectedBuffers b, bool weighted, double scale)
    {
        var preds = g.InNeighbors(i);
        var predW = g.InWeights(i);
        var succs = g.OutNeighbors(i);
        var succW = g.OutWeights(i);
        int dIn = 0, dOut = 0, dBi = 0;
        for (var a = 0; a < preds.Length; a++)
        {
            var k = preds[a];
            if (k == i) continue;
            b.Flags[k] |= 1;
            b.InW[k] = weighted ? predW[a] * scale : 1;
            dIn++;
        }
        for (var a = 0; a < succs.Length; a++)
        {
            var k = succs[a];
            if (k == i) continue;
            if ((b.Flags[k] & 1) != 0) dBi++;
            b.Flags[k] |= 2;
            b.OutW[k] = weighted ? succW[a] * scale : 1;
            dOut++;
        }
        double t = 0;
        // For j in pred(i) ∪ succ(i) (twice if both), with a = ŵ of the i–j arc, every k ∈ pred(j) ∪ succ(j) that is
        // also a pred and/or succ of i closes one directed triangle per matching pair of arcs.
        for (var a = 0; a < preds.Length; a++)
            if (preds[a] != i) t += Closing(g, preds[a], b.InW[preds[a]], b, weighted, scale);
        for (var a = 0; a < succs.Length; a++)
            if (succs[a] != i) t += Closing(g, succs[a], b.OutW[succs[a]], b, weighted, scale);
        foreach (var k in preds) b.Flags[k] = 0;
        foreach (var k in succs) b.Flags[k] = 0;
        var dTot = dIn + dOut;
        var denom = 2.0 * ((double)dTot * (dTot - 1) - 2.0 * dBi);
        return t == 0 ? 0 : t / denom;
    }

    static double Closing(Graph g, int j, double aij, DirectedBuffers b, bool weighted, double scale)
    {
        double t = 0;
        var jp = g.InNeighbors(j);
        var jpw = g.InWeights(j);
        for (var q = 0; q < jp.Length; q++)
        {
            var k = jp[q];
            if (k == j) continue;
            t += Pair(b, k, aij, weighted ? jpw[q] * scale : 1, weighted);
        }
        var js = g.OutNeighbors(j);
        var jsw = g.OutWeights(j);
        for (var q = 0; q < js.Length; q++)
        {
            var k = js[q];
            if (k == j) continue;
            t += Pair(b, k, aij, weighted ? jsw[q] * scale : 1, weighted);
        }
        return t;
    }

    static double Pair(DirectedBuffers b, int k, double aij, double wjk, bool weighted)
    {
        var f = b.Flags[k];
        if (f == 0) return 0;
        if (!weighted) return ((f & 1) != 0 ? 1 : 0) + ((f & 2) != 0 ? 1 : 0);
        double t = 0;
        if ((f & 1) != 0) t += Math.Pow(aij * b.InW[k] * wjk, 1.0 / 3.0);
        if ((f & 2) != 0) t += Math.Pow(aij * b.OutW[k] * wjk, 1.0 / 3.0);
        return t;
    }
}
