namespace Mingle.Graph.Paths;

/// <summary>Weighted single-source shortest path lengths (networkx <c>single_source_dijkstra_path_length</c>):
/// edge weights are distances, summed in double. Weights must be non-negative.</summary>
public static class Dijkstra
{
    /// <summary>Distances from <paramref name="source"/>; +∞ where unreachable. With <paramref name="reverse"/> the
    /// search follows arcs backwards (distances to the source). An unweighted graph counts every edge as 1.</summary>
    public static double[] Distances(Graph g, int source, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(g);
        var dist = new double[g.NodeCount];
        Array.Fill(dist, double.PositiveInfinity);
        var order = new int[g.NodeCount];
        Run(g, source, reverse, dist, order, new PriorityQueue<int, double>());
        return dist;
    }

    /// <summary>Dijkstra into caller-owned buffers (dist all +∞ on entry). Settled nodes are written to
    /// <paramref name="order"/> in the order they are finalised; returns their count.</summary>
    public static int Run(Graph g, int source, bool reverse, Span<double> dist, Span<int> order, PriorityQueue<int, double> heap)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(heap);
        var offsets = reverse ? g.InOffsets : g.OutOffsets;
        var targets = reverse ? g.InTargets : g.OutTargets;
        var weights = reverse ? g.InWeightsAll : g.OutWeightsAll;
        var weighted = !weights.IsEmpty;
        heap.Clear();
        dist[source] = 0;
        heap.Enqueue(source, 0);
        var settled = 0;
        while (heap.TryDequeue(out var v, out var d))
        {
            // Lazy deletion: a node is enqueued only when its distance strictly drops, so every entry but the
            // last one for a node has a key above the node's final distance.
            if (d > dist[v]) continue;
            order[settled++] = v;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = targets[p];
                var alt = d + (weighted ? weights[p] : 1.0);
                if (alt < dist[w])
                {
                    dist[w] = alt;
                    heap.Enqueue(w, alt);
                }
            }
        }
        return settled;
    }
}
