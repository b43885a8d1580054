namespace Mingle.Graph.Centrality;

/// <summary>
/// Runs a per-node computation on one worker per core, each with a single buffer object, handing out nodes in
/// chunks from a shared counter. Parallel.For's localInit can run once per task and TPL may start many tasks,
/// which for O(n) scratch buffers meant repeated large allocations; this keeps exactly one buffer per worker.
/// Each node's result depends only on the node, so the split does not affect results.
/// </summary>
internal static class NodeParallel
{
    /// <summary>The same without a per-worker buffer.</summary>
    public static void For(int n, Action<int> body, CancellationToken ct, int maxDegreeOfParallelism = -1) =>
        For(n, static () => 0, (v, _) => body(v), ct, maxDegreeOfParallelism);

    public static void For<TBuffer>(int n, Func<TBuffer> buffer, Action<int, TBuffer> body, CancellationToken ct,
        int maxDegreeOfParallelism = -1)
    {
        var workers = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        workers = Math.Max(1, Math.Min(workers, (n + 255) / 256));
        const int chunk = 256;
        var next = 0;
        void Work(int _)
        {
            var b = buffer();
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var start = Interlocked.Add(ref next, chunk) - chunk;
                if (start >= n) return;
                var end = Math.Min(n, start + chunk);
                for (var v = start; v < end; v++) body(v, b);
            }
        }
        if (workers == 1) Work(0);
        else Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = ct }, Work);
    }
}
