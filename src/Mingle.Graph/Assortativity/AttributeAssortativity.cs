namespace Mingle.Graph.Assortativity;

/// <summary>
/// Newman's assortativity coefficient for a categorical node attribute, as networkx's
/// <c>attribute_assortativity_coefficient</c>: r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i) over the normalised
/// mixing matrix e, where an undirected edge is counted in both directions (a self-loop once) and a directed arc
/// once, weights ignored. NaN when every edge end has the same value (networkx divides 0 by 0 there too).
/// </summary>
public static class AttributeAssortativity
{
    public static double Compute(Graph graph, ReadOnlySpan<int> attribute)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (attribute.Length != n) throw new ArgumentException($"Expected {n} values, got {attribute.Length}.", nameof(attribute));
        var values = 0;
        foreach (var a in attribute)
        {
            if (a < 0) throw new ArgumentException("Attribute values must be non-negative.", nameof(attribute));
            values = Math.Max(values, a + 1);
        }
        // Only the diagonal and the row/column sums of the mixing matrix are needed.
        var rowSum = new double[values];
        var columnSum = new double[values];
        double diagonal = 0, total = 0;
        var offsets = graph.OutOffsets;
        var targets = graph.OutTargets;
        for (var v = 0; v < n; v++)
        {
            var av = attribute[v];
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var au = attribute[targets[p]];
                rowSum[av]++;
                columnSum[au]++;
                if (av == au) diagonal++;
                total++;
            }
        }
        if (total == 0) return double.NaN;
        double s = 0;
        for (var i = 0; i < values; i++) s += rowSum[i] / total * (columnSum[i] / total);
        var t = diagonal / total;
        return 1 - s == 0 ? double.NaN : (t - s) / (1 - s);
    }
}
