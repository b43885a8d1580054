namespace Mingle.Graph.Components;

/// <summary>Connected components of an undirected graph, weakly connected components of a directed one
/// (networkx <c>connected_components</c> / <c>weakly_connected_components</c>).</summary>
public static class WeakComponents
{
    /// <summary>Component label per node. Labels are 0..count-1, numbered in order of each component's smallest node,
    /// so the result does not depend on traversal details.</summary>
    public static int[] Compute(Graph g, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        var n = g.NodeCount;
        var label = new int[n];
        Array.Fill(label, -1);
        var stack = new int[n];
        var outOff = g.OutOffsets;
        var outT = g.OutTargets;
        var inOff = g.InOffsets;
        var inT = g.InTargets;
        var directed = g.IsDirected;
        var next = 0;
        for (var s = 0; s < n; s++)
        {
            if (label[s] >= 0) continue;
            if ((next & 1023) == 0) ct.ThrowIfCancellationRequested();
            var c = next++;
            label[s] = c;
            var top = 0;
            stack[top++] = s;
            while (top > 0)
            {
                var v = stack[--top];
                for (var p = outOff[v]; p < outOff[v + 1]; p++)
                {
                    var w = outT[p];
                    if (label[w] >= 0) continue;
                    label[w] = c;
                    stack[top++] = w;
                }
                if (!directed) continue;
                for (var p = inOff[v]; p < inOff[v + 1]; p++)
                {
                    var w = inT[p];
                    if (label[w] >= 0) continue;
                    label[w] = c;
                    stack[top++] = w;
                }
            }
        }
        return label;
    }

    /// <summary>Number of distinct labels in a labelling from <see cref="Compute"/>.</summary>
    public static int Count(ReadOnlySpan<int> labels)
    {
        var max = -1;
        foreach (var l in labels) max = Math.Max(max, l);
        return max + 1;
    }
}
