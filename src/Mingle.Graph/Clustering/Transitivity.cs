namespace Mingle.Graph.Clustering;

/// <summary>Transitivity as networkx <c>transitivity</c>: 3 × triangles / connected triples = Σ 2T_v / Σ d_v (d_v − 1),
/// self-loops ignored; 0 when there is no triangle. Undirected graphs only, as in networkx.</summary>
public static class Transitivity
{
    public static double Compute(Graph g, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (g.IsDirected) throw new NotSupportedException("Transitivity is defined for undirected graphs (as in networkx).");
        long triples = 0;
        for (var v = 0; v < g.NodeCount; v++)
        {
            long d = LocalClustering.DegreeWithoutLoop(g, v);
            triples += d * (d - 1);
        }
        // Each triangle closes 6 ordered connected triples (3 centres × 2 directions).
        var triangles = 6 * OrientedTriangles.Build(g, weighted: false, 1.0, ct).Total(ct);
        return triangles == 0 ? 0 : (double)triangles / triples;
    }
}
