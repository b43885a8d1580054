namespace Mingle.Graph.Centrality;

/// <summary>
/// Runs a per-node kernel over fixed blocks of nodes and sums the per-block results in block order. Blocks do not
/// depend on the core count, so iterative measures give bit-identical results on any machine.
/// </summary>
static class BlockParallel
{
    const int BlockSize = 16_384;

    /// <summary>Calls <paramref name="body"/>(start, end) for each block; returns Σ of its return values.</summary>
    public static double Sum(int n, Func<int, int, double> body, CancellationToken ct)
    {
        var blocks = (n + BlockSize - 1) / BlockSize;
        if (blocks <= 1) return n == 0 ? 0 : body(0, n);
        var sums = new double[blocks];
        Parallel.For(0, blocks, new ParallelOptions { CancellationToken = ct }, b =>
        {
            var start = b * BlockSize;
            sums[b] = body(start, Math.Min(n, start + BlockSize));
        });
        double total = 0;
        foreach (var s in sums) total += s;
        return total;
    }
}
