namespace Mingle.Graph.Centrality;

/// <summary>Weighted degree (networkx <c>G.degree(weight="weight")</c>, <c>in_degree</c>, <c>out_degree</c>).
/// An unweighted graph counts every edge as 1; an undirected self-loop counts twice, as in networkx.</summary>
public static class Strength
{
    public static double[] Total(Graph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        var s = Out(g);
        if (g.IsDirected)
        {
            var i = In(g);
            for (var v = 0; v < s.Length; v++) s[v] += i[v];
        }
        return s;
    }

    public static double[] Out(Graph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return Sum(g, g.OutOffsets, g.OutTargets, g.OutWeightsAll);
    }

    public static double[] In(Graph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return Sum(g, g.InOffsets, g.InTargets, g.InWeightsAll);
    }

    static double[] Sum(Graph g, ReadOnlySpan<int> off, ReadOnlySpan<int> tgt, ReadOnlySpan<float> w)
    {
        var s = new double[g.NodeCount];
        var selfTwice = !g.IsDirected;
        for (var v = 0; v < s.Length; v++)
        {
            double sum = 0;
            for (var p = off[v]; p < off[v + 1]; p++)
            {
                double x = w.IsEmpty ? 1.0 : w[p];
                sum += tgt[p] == v && selfTwice ? 2 * x : x;
            }
            s[v] = sum;
        }
        return s;
    }
}
