namespace Mingle.Graph.Centrality;

/// <summary>
/// Eigenvector centrality exactly as networkx <c>eigenvector_centrality</c>: power iteration on (A + I)ᵀ (so in a
/// directed graph a node is central when central nodes point to it), starting from the uniform vector, normalised to
/// unit Euclidean length each step, stopping when Σ|x − x_prev| &lt; n·tol; throws <see cref="ConvergenceException"/>
/// after <c>maxIterations</c> like networkx.
/// </summary>
public static class Eigenvector
{
    public static double[] Compute(Graph g, int maxIterations = 100, double tolerance = 1e-6, bool useWeights = true,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        var n = g.NodeCount;
        if (n == 0) throw new ArgumentException("Eigenvector centrality is undefined for the null graph.", nameof(g));
        var inOff = g.InOffsets.ToArray();
        var inT = g.InTargets.ToArray();
        var inW = useWeights && g.IsWeighted ? g.InWeightsAll.ToArray() : null;
        var x = new double[n];
        Array.Fill(x, 1.0 / n);
        var next = new double[n];
        for (var iter = 0; iter < maxIterations; iter++)
        {
            ct.ThrowIfCancellationRequested();
            var xs = x;
            var sq = BlockParallel.Sum(n, (start, end) =>
            {
                double acc = 0;
                for (var j = start; j < end; j++)
                {
                    var s = xs[j];
                    var q0 = inOff[j];
                    var q1 = inOff[j + 1];
                    if (inW is null)
                        for (var q = q0; q < q1; q++) s += xs[inT[q]];
                    else
                        for (var q = q0; q < q1; q++) s += xs[inT[q]] * inW[q];
                    next[j] = s;
                    acc += s * s;
                }
                return acc;
            }, ct);
            var norm = Math.Sqrt(sq);
            if (norm == 0) norm = 1;
            double err = 0;
            for (var j = 0; j < n; j++)
            {
                next[j] /= norm;
                err += Math.Abs(next[j] - x[j]);
            }
            (x, next) = (next, x);
            if (err < n * tolerance) return x;
        }
        throw new ConvergenceException($"Eigenvector centrality did not converge in {maxIterations} iterations.");
    }
}
