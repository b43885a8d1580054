namespace Mingle.Graph.Assortativity;

/// <summary>
/// Krackhardt–Stern E-I index of a categorical node attribute (group labels 0..k-1). Each edge counts once
/// (an undirected edge is not counted from both ends; a directed arc counts once regardless of direction), a
/// self-loop is internal. With <c>useWeights</c> edges count by weight instead of 1.
/// </summary>
public static class EIIndex
{
    public static EIIndexResult Compute(Graph graph, ReadOnlySpan<int> group, bool useWeights = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (group.Length != n) throw new ArgumentException($"Expected {n} group labels, got {group.Length}.", nameof(group));
        var groups = 0;
        foreach (var g in group)
        {
            if (g < 0) throw new ArgumentException("Group labels must be non-negative.", nameof(group));
            groups = Math.Max(groups, g + 1);
        }
        var groupExternal = new double[groups];
        var groupInternal = new double[groups];
        double external = 0, @internal = 0;
        var offsets = graph.OutOffsets;
        var targets = graph.OutTargets;
        var weights = graph.OutWeightsAll;
        var weighted = useWeights && graph.IsWeighted;
        for (var v = 0; v < n; v++)
        {
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var u = targets[p];
                if (!graph.IsDirected && u < v) continue; // the other copy of this undirected edge
                double w = weighted ? weights[p] : 1.0;
                int gv = group[v], gu = group[u];
                if (gv == gu)
                {
                    @internal += w;
                    groupInternal[gv] += w;
                }
                else
                {
                    external += w;
                    groupExternal[gv] += w;
                    groupExternal[gu] += w;
                }
            }
        }
        var perGroup = new double[groups];
        for (var g = 0; g < groups; g++) perGroup[g] = Ratio(groupExternal[g], groupInternal[g]);
        return new EIIndexResult(Ratio(external, @internal), external, @internal, perGroup);
    }

    static double Ratio(double external, double @internal) =>
        external + @internal == 0 ? double.NaN : (external - @internal) / (external + @internal);
}
