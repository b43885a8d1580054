namespace Mingle.Graph.Centrality;

/// <summary>
/// Closeness centrality as networkx <c>closeness_centrality</c> with its default <c>wf_improved=True</c>
/// (Wasserman–Faust): for node u reaching r − 1 other nodes at total distance D, (r − 1) / D scaled by
/// (r − 1) / (n − 1); 0 when nothing is reached. Directed graphs use incoming distances, as networkx does.
/// Weighted graphs use weights as distances.
/// </summary>
public static class Closeness
{
    public static double[] Compute(Graph g, bool wfImproved = true, bool useWeights = true,
        int maxDegreeOfParallelism = -1, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        return IncomingDistances.ForEachNode(g, useWeights && g.IsWeighted, (d, n) =>
        {
            double total = 0;
            foreach (var x in d) total += x;
            if (total <= 0 || n <= 1) return 0.0;
            var c = d.Length / total;
            if (wfImproved) c *= d.Length / (double)(n - 1);
            return c;
        }, maxDegreeOfParallelism, ct);
    }
}
