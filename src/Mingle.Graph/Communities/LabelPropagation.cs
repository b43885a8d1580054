namespace Mingle.Graph.Communities;

/// <summary>
/// Asynchronous label propagation (Raghavan, Albert and Kumara 2007): every node starts with its own label; in
/// each sweep, in an order shuffled with the seed, a node takes the label most frequent among its neighbours
/// (edge directions and weights ignored), keeping its own when that is among the most frequent and otherwise
/// choosing among the tied ones with the seeded generator. Stops after a sweep that changes nothing, or after
/// <c>maxSweeps</c>. Near-linear time (a few passes over the arcs), so it suits uses that need a rough community
/// structure fast — such as spreading betweenness samples over communities — rather than the best modularity
/// (use <see cref="Louvain"/> or <see cref="Leiden"/> for that).
/// </summary>
public static class LabelPropagation
{
    /// <summary>Community of each node, labels dense in 0..count-1 in order of first appearance by node id.</summary>
    public static int[] Detect(Graph graph, int seed = 0, int maxSweeps = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSweeps);
        var n = graph.NodeCount;
        var label = new int[n];
        var order = new int[n];
        for (var v = 0; v < n; v++) label[v] = order[v] = v;
        var random = new Random(seed);
        var count = new int[n];
        var touched = new int[n];
        var seen = 0;
        for (var sweep = 0; sweep < maxSweeps; sweep++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var changed = false;
            foreach (var v in order)
            {
                var best = 0;
                foreach (var w in graph.OutNeighbors(v))
                {
                    if (w == v) continue;
                    var l = label[w];
                    if (count[l] == 0) touched[seen++] = l;
                    best = Math.Max(best, ++count[l]);
                }
                if (graph.IsDirected)
                    foreach (var w in graph.InNeighbors(v))
                    {
                        if (w == v) continue;
                        var l = label[w];
                        if (count[l] == 0) touched[seen++] = l;
                        best = Math.Max(best, ++count[l]);
                    }
                if (seen == 0) continue;
                var chosen = label[v];
                if (count[chosen] != best)
                {
                    // Reservoir choice among the labels tied for the most frequent.
                    var ties = 0;
                    for (var i = 0; i < seen; i++)
                        if (count[touched[i]] == best && random.Next(++ties) == 0) chosen = touched[i];
                    changed = true;
                }
                label[v] = chosen;
                for (var i = 0; i < seen; i++) count[touched[i]] = 0;
                seen = 0;
            }
            if (!changed) break;
        }
        var dense = new int[n];
        Array.Fill(dense, -1);
        var next = 0;
        for (var v = 0; v < n; v++)
        {
            if (dense[label[v]] < 0) dense[label[v]] = next++;
            label[v] = dense[label[v]];
        }
        return label;
    }
}
