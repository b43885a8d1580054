namespace Mingle.Graph.Centrality;

/// <summary>
/// PageRank exactly as networkx <c>pagerank</c> (its scipy power iteration): x ← α (x·P + Σ_dangling x · d) + (1 − α) p,
/// where P is the row-normalised (weighted) adjacency, p the personalisation vector (uniform by default, normalised
/// to sum 1), d the dangling distribution (p unless given), starting from uniform x; stops when Σ|x − x_prev| &lt; n·tol.
/// Undirected edges count both ways. Iterations are the same, so values agree with networkx to rounding.
/// </summary>
public static class PageRank
{
    public static double[] Compute(Graph g, double alpha = 0.85, ReadOnlySpan<double> personalization = default,
        ReadOnlySpan<double> dangling = default, int maxIterations = 100, double tolerance = 1e-6, bool useWeights = true,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        var n = g.NodeCount;
        if (n == 0) return [];
        var p = Distribution(personalization, n, nameof(personalization));
        var dw = dangling.IsEmpty ? p : Distribution(dangling, n, nameof(dangling));
        var weighted = useWeights && g.IsWeighted;
        var outOff = g.OutOffsets.ToArray();
        var outW = g.OutWeightsAll;
        // invOut[i] = 1 / (weighted) out-degree, 0 for dangling nodes.
        var invOut = new double[n];
        var danglingNodes = new List<int>();
        for (var i = 0; i < n; i++)
        {
            double s;
            if (weighted)
            {
                s = 0;
                for (var q = outOff[i]; q < outOff[i + 1]; q++) s += outW[q];
            }
            else
            {
                s = outOff[i + 1] - outOff[i];
            }
            if (s != 0) invOut[i] = 1.0 / s;
            else danglingNodes.Add(i);
        }
        var inOff = g.InOffsets.ToArray();
        var inT = g.InTargets.ToArray();
        var inW = weighted ? g.InWeightsAll.ToArray() : null;
        var x = new double[n];
        Array.Fill(x, 1.0 / n);
        var next = new double[n];
        var contrib = new double[n];
        for (var iter = 0; iter < maxIterations; iter++)
        {
            ct.ThrowIfCancellationRequested();
            double danglingSum = 0;
            foreach (var i in danglingNodes) danglingSum += x[i];
            for (var i = 0; i < n; i++) contrib[i] = x[i] * invOut[i];
            var xs = x;
            var err = BlockParallel.Sum(n, (start, end) =>
            {
                double e = 0;
                for (var j = start; j < end; j++)
                {
                    double s = 0;
                    var q0 = inOff[j];
                    var q1 = inOff[j + 1];
                    if (inW is null)
                        for (var q = q0; q < q1; q++) s += contrib[inT[q]];
                    else
                        for (var q = q0; q < q1; q++) s += contrib[inT[q]] * inW[q];
                    var v = alpha * (s + danglingSum * dw[j]) + (1 - alpha) * p[j];
                    next[j] = v;
                    e += Math.Abs(v - xs[j]);
                }
                return e;
            }, ct);
            (x, next) = (next, x);
            if (err < n * tolerance) return x;
        }
        throw new ConvergenceException($"PageRank did not converge in {maxIterations} iterations.");
    }

    static double[] Distribution(ReadOnlySpan<double> values, int n, string name)
    {
        var d = new double[n];
        if (values.IsEmpty)
        {
            Array.Fill(d, 1.0 / n);
            return d;
        }
        if (values.Length != n) throw new ArgumentException($"Expected {n} values.", name);
        double sum = 0;
        foreach (var v in values) sum += v;
        if (sum == 0) throw new ArgumentException("Values sum to zero.", name);
        for (var i = 0; i < n; i++) d[i] = values[i] / sum;
        return d;
    }
}
