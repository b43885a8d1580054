namespace Mingle.Graph.Clustering;

/// <summary>Transitivity as networkx <c>transitivity</c>: 3 × triangles / connected triples = Σ 2T_v / Σ d_v (d_v − 1),
/// self-loops ignored; 0 when there is no triangle. Undirected graphs only, as in networkx.</summary>
public static class Transitivity
{
    public static double Compute(Graph g, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (g.IsDirected) throw new NotSupportedException("Transitivity is defined for undirected graphs (as in networkx).");
        var n = g.NodeCount;
        long triangles = 0, triples = 0;
        var gate = new object();
        Parallel.For(0, n, new ParallelOptions { CancellationToken = ct }, () => (new double[n], 0L, 0L), (i, _, s) =>
        {
            var (t, d) = LocalClustering.UndirectedTriangles(g, i, s.Item1, weighted: false, 1.0);
            return (s.Item1, s.Item2 + (long)t, s.Item3 + (long)d * (d - 1));
        }, s =>
        {
            lock (gate)
            {
                triangles += s.Item2;
                triples += s.Item3;
            }
        });
        return triangles == 0 ? 0 : (double)triangles / triples;
    }
}
