namespace Mingle.Graph.Centrality;

/// <summary>Degrees as networkx counts them: <c>G.degree</c> (in + out for directed graphs; an undirected self-loop
/// adds 2), <c>in_degree</c>, <c>out_degree</c>, and <c>degree_centrality</c> (degree / (n − 1)).</summary>
public static class Degree
{
    public static int[] Total(Graph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        var d = new int[g.NodeCount];
        for (var v = 0; v < d.Length; v++)
        {
            d[v] = g.OutDegree(v);
            if (g.IsDirected) d[v] += g.InDegree(v);
            else if (g.OutNeighbors(v).BinarySearch(v) >= 0) d[v]++; // rows are sorted; a self-loop is stored once
        }
        return d;
    }

    public static int[] Out(Graph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (!g.IsDirected) return Total(g);
        var d = new int[g.NodeCount];
        for (var v = 0; v < d.Length; v++) d[v] = g.OutDegree(v);
        return d;
    }

    public static int[] In(Graph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (!g.IsDirected) return Total(g);
        var d = new int[g.NodeCount];
        for (var v = 0; v < d.Length; v++) d[v] = g.InDegree(v);
        return d;
    }

    /// <summary>networkx <c>degree_centrality</c>: total degree / (n − 1); all ones for a single node.</summary>
    public static double[] Centrality(Graph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        var deg = Total(g);
        var c = new double[deg.Length];
        if (deg.Length <= 1)
        {
            Array.Fill(c, 1.0);
            return c;
        }
        var s = 1.0 / (deg.Length - 1);
        for (var v = 0; v < deg.Length; v++) c[v] = deg[v] * s;
        return c;
    }
}
