namespace Mingle.Graph.Centrality;

/// <summary>Harmonic centrality as networkx <c>harmonic_centrality</c>: Σ 1 / d(v, u) over the nodes v that reach u
/// (incoming distances for directed graphs; zero distances skipped). Weighted graphs use weights as distances.</summary>
public static class Harmonic
{
    public static double[] Compute(Graph g, bool useWeights = true, int maxDegreeOfParallelism = -1, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        return IncomingDistances.ForEachNode(g, useWeights && g.IsWeighted, (d, _) =>
        {
            double sum = 0;
            foreach (var x in d) if (x > 0) sum += 1 / x;
            return sum;
        }, maxDegreeOfParallelism, ct);
    }
}
