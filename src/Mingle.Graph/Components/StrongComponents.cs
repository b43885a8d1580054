namespace Mingle.Graph.Components;

/// <summary>Strongly connected components (networkx <c>strongly_connected_components</c>), by an iterative Tarjan
/// so deep graphs cannot overflow the call stack. On an undirected graph this equals the connected components.</summary>
public static class StrongComponents
{
    /// <summary>Component label per node, 0..count-1 in order of each component's smallest node.</summary>
    public static int[] Compute(Graph g, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (!g.IsDirected) return WeakComponents.Compute(g, ct);
        var n = g.NodeCount;
        var off = g.OutOffsets;
        var tgt = g.OutTargets;
        var index = new int[n];
        Array.Fill(index, -1);
        var low = new int[n];
        var comp = new int[n];
        Array.Fill(comp, -1);
        var stack = new int[n];
        var callNode = new int[n];
        var callEdge = new int[n];
        int sp = 0, counter = 0, comps = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            if ((root & 1023) == 0) ct.ThrowIfCancellationRequested();
            var depth = 0;
            callNode[0] = root;
            callEdge[0] = off[root];
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            while (depth >= 0)
            {
                var v = callNode[depth];
                var p = callEdge[depth];
                if (p < off[v + 1])
                {
                    callEdge[depth] = p + 1;
                    var w = tgt[p];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = off[w];
                    }
                    else if (comp[w] < 0 && index[w] < low[v])
                    {
                        low[v] = index[w];
                    }
                    continue;
                }
                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack[--sp];
                        comp[w] = comps;
                    } while (w != v);
                    comps++;
                }
                depth--;
                if (depth >= 0)
                {
                    var parent = callNode[depth];
                    if (low[v] < low[parent]) low[parent] = low[v];
                }
            }
        }
        // Renumber by smallest member so labels are canonical.
        var remap = new int[comps];
        Array.Fill(remap, -1);
        var next = 0;
        for (var v = 0; v < n; v++)
        {
            if (remap[comp[v]] < 0) remap[comp[v]] = next++;
            comp[v] = remap[comp[v]];
        }
        return comp;
    }
}
