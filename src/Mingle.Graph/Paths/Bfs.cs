namespace Mingle.Graph.Paths;

/// <summary>Unweighted single-source shortest path lengths (networkx <c>single_source_shortest_path_length</c>).</summary>
public static class Bfs
{
    /// <summary>Hop distances from <paramref name="source"/>; -1 where unreachable. With <paramref name="reverse"/>
    /// the search follows arcs backwards, giving distances <em>to</em> the source in a directed graph.</summary>
    public static int[] Distances(Graph g, int source, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(g);
        var dist = new int[g.NodeCount];
        Array.Fill(dist, -1);
        var queue = new int[g.NodeCount];
        Run(g, source, reverse, dist, queue);
        return dist;
    }

    /// <summary>BFS into caller-owned buffers (dist must be all -1 on entry); returns how many nodes were reached.
    /// The reached nodes are queue[0..count) in BFS order, so a caller can reset just those.</summary>
    public static int Run(Graph g, int source, bool reverse, Span<int> dist, Span<int> queue)
    {
        ArgumentNullException.ThrowIfNull(g);
        var offsets = reverse ? g.InOffsets : g.OutOffsets;
        var targets = reverse ? g.InTargets : g.OutTargets;
        dist[source] = 0;
        queue[0] = source;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = queue[head++];
            var dv = dist[v] + 1;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = targets[p];
                if (dist[w] >= 0) continue;
                dist[w] = dv;
                queue[tail++] = w;
            }
        }
        return tail;
    }
}
