namespace Mingle.Graph.Cohesion;

/// <summary>
/// networkx <c>overall_reciprocity</c> of a directed graph: the share of arcs whose reverse arc also exists
/// (a self-loop is never reciprocated). NaN without arcs, where networkx raises.
/// </summary>
public static class Reciprocity
{
    public static double Compute(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsDirected) throw new ArgumentException("Reciprocity needs a directed graph.", nameof(graph));
        var arcs = new HashSet<(int, int)>();
        for (var v = 0; v < graph.NodeCount; v++)
            foreach (var u in graph.OutNeighbors(v)) arcs.Add((v, u));
        if (arcs.Count == 0) return double.NaN;
        var mutual = 0;
        foreach (var (v, u) in arcs)
            if (v != u && arcs.Contains((u, v))) mutual++;
        return (double)mutual / arcs.Count;
    }
}
