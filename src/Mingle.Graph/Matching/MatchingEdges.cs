namespace Mingle.Graph.Matching;

/// <summary>The undirected edge list matching algorithms work on: each edge once (u &lt; v), self-loops dropped,
/// weights as double (1 when unweighted).</summary>
internal readonly struct MatchingEdges
{
    public readonly int[] U;
    public readonly int[] V;
    public readonly double[] W;

    MatchingEdges(int[] u, int[] v, double[] w)
    {
        U = u;
        V = v;
        W = w;
    }

    public int Count => U.Length;

    public static MatchingEdges From(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.IsDirected)
            throw new ArgumentException("Matching is defined on undirected graphs.", nameof(graph));
        var offsets = graph.OutOffsets;
        var targets = graph.OutTargets;
        var weights = graph.OutWeightsAll;
        var count = 0;
        for (var v = 0; v < graph.NodeCount; v++)
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
                if (targets[p] > v) count++;
        var us = new int[count];
        var vs = new int[count];
        var ws = new double[count];
        var k = 0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                if (targets[p] <= v) continue;
                us[k] = v;
                vs[k] = targets[p];
                ws[k] = graph.IsWeighted ? weights[p] : 1.0;
                k++;
            }
        }
        return new MatchingEdges(us, vs, ws);
    }
}
