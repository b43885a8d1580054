namespace Mingle.Graph.Clustering;

/// <summary>
/// Local clustering coefficient as networkx <c>clustering</c>. Undirected: 2T / (d (d − 1)), self-loops ignored.
/// Weighted (Onnela et al.): each triangle contributes (ŵ_ij ŵ_jk ŵ_ki)^(1/3) with weights divided by the largest
/// edge weight in the graph. Directed (Fagiolo): T / (2 (d_tot (d_tot − 1) − 2 d_↔)), counting all directed
/// triangles, weighted the same geometric-mean way. Undirected graphs go through <see cref="OrientedTriangles"/>
/// (each triangle found once); directed ones compute each node on its own, in parallel.
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
        {
            // Each triangle counted once over a degree-ordered orientation; T_v is the triangle count (or Σ of
            // triangle weights), so networkx's 2T / (d (d − 1)) for both the plain and the weighted form.
            var triangles = OrientedTriangles.Build(g, weighted, scale, ct).PerNode(ct);
            for (var v = 0; v < n; v++)
            {
                if (triangles[v] == 0) continue;
                double d = DegreeWithoutLoop(g, v);
                result[v] = 2 * triangles[v] / (d * (d - 1));
            }
        }
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

    /// <summary>Degree without the self-loop, if any (rows are sorted, so a binary search finds it).</summary>
    internal static int DegreeWithoutLoop(Graph g, int v)
    {
        var nb = g.OutNeighbors(v);
        return nb.BinarySearch(v) >= 0 ? nb.Length - 1 : nb.Length;
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
