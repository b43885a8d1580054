namespace Mingle.Graph.Centrality;

/// <summary>
/// Exact shortest-path betweenness (networkx <c>betweenness_centrality</c>) by Brandes' algorithm: BFS for unweighted
/// graphs, Dijkstra (weights as distances) for weighted ones. Sources are split across workers, each with its own
/// buffers and partial sums; partial sums are added in worker order, so a result depends only on the graph and the
/// degree of parallelism. Normalisation follows networkx's <c>_rescale</c>, including <c>endpoints</c>.
/// </summary>
public static class Betweenness
{
    /// <summary>Betweenness of every node over all sources.</summary>
    /// <param name="useWeights">Use edge weights as distances when the graph is weighted (networkx <c>weight="weight"</c>).</param>
    /// <param name="maxDegreeOfParallelism">Workers; -1 means one per core.</param>
    public static double[] Compute(Graph g, bool normalized = true, bool endpoints = false, bool useWeights = true,
        int maxDegreeOfParallelism = -1, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        var sources = new int[g.NodeCount];
        for (var i = 0; i < sources.Length; i++) sources[i] = i;
        var b = Accumulate(g, sources, endpoints, useWeights && g.IsWeighted, maxDegreeOfParallelism, ct);
        Rescale(b, g.NodeCount, normalized, g.IsDirected, null, endpoints);
        return b;
    }

    /// <summary>Betweenness from the given sources only, scaled by n / k like networkx's <c>k=</c> option (which
    /// picks the k sources at random; see <see cref="ApproximateBetweenness"/>).</summary>
    public static double[] FromSources(Graph g, ReadOnlySpan<int> sources, bool normalized = true, bool endpoints = false,
        bool useWeights = true, int maxDegreeOfParallelism = -1, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        var src = sources.ToArray();
        foreach (var s in src) ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)s, (uint)g.NodeCount, nameof(sources));
        var b = Accumulate(g, src, endpoints, useWeights && g.IsWeighted, maxDegreeOfParallelism, ct);
        Rescale(b, g.NodeCount, normalized, g.IsDirected, src.Length, endpoints);
        return b;
    }

    /// <summary>networkx <c>_rescale</c>.</summary>
    static void Rescale(double[] b, int n, bool normalized, bool directed, int? k, bool endpoints)
    {
        double? scale;
        if (normalized)
        {
            if (endpoints) scale = n < 2 ? null : 1.0 / ((double)n * (n - 1));
            else scale = n <= 2 ? null : 1.0 / ((double)(n - 1) * (n - 2));
        }
        else
        {
            scale = directed ? null : 0.5;
        }
        if (scale is not { } s) return;
        if (k is { } kk) s = s * n / kk;
        for (var v = 0; v < b.Length; v++) b[v] *= s;
    }

    static double[] Accumulate(Graph g, int[] sources, bool endpoints, bool weighted, int maxDegreeOfParallelism, CancellationToken ct)
    {
        var n = g.NodeCount;
        var workers = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        workers = Math.Max(1, Math.Min(workers, sources.Length));
        if ((long)sources.Length * g.ArcCount < 200_000) workers = 1; // threads cost more than tiny graphs
        var partial = new double[workers][];
        void Work(int t)
        {
            var bc = new double[n];
            var worker = new Worker(n, weighted);
            for (var i = t; i < sources.Length; i += workers)
            {
                ct.ThrowIfCancellationRequested();
                if (weighted) worker.Weighted(g, sources[i], bc, endpoints);
                else worker.Unweighted(g, sources[i], bc, endpoints);
            }
            partial[t] = bc;
        }
        if (workers == 1) Work(0);
        else
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = ct }, Work);
        var result = partial[0];
        for (var t = 1; t < workers; t++)
        {
            var p = partial[t];
            for (var v = 0; v < n; v++) result[v] += p[v];
        }
        return result;
    }

    /// <summary>Per-worker buffers, reset after each source for only the nodes it reached.</summary>
    sealed class Worker
    {
        readonly int[] dist;
        readonly double[] wdist;
        readonly double[] sigma;
        readonly double[] delta;
        readonly int[] order;
        readonly PriorityQueue<int, double>? heap;

        public Worker(int n, bool weighted)
        {
            sigma = new double[n];
            delta = new double[n];
            order = new int[n];
            if (weighted)
            {
                dist = [];
                wdist = new double[n];
                Array.Fill(wdist, double.PositiveInfinity);
                heap = new PriorityQueue<int, double>();
            }
            else
            {
                wdist = [];
                dist = new int[n];
                Array.Fill(dist, -1);
            }
        }

        public void Unweighted(Graph g, int s, double[] bc, bool endpoints)
        {
            var off = g.OutOffsets;
            var tgt = g.OutTargets;
            var dist = this.dist;
            var sigma = this.sigma;
            var delta = this.delta;
            var order = this.order;
            dist[s] = 0;
            sigma[s] = 1;
            order[0] = s;
            int head = 0, tail = 1;
            while (head < tail)
            {
                var v = order[head++];
                var dw = dist[v] + 1;
                var sv = sigma[v];
                for (var p = off[v]; p < off[v + 1]; p++)
                {
                    var w = tgt[p];
                    var dwCur = dist[w];
                    if (dwCur < 0)
                    {
                        dist[w] = dw;
                        order[tail++] = w;
                        sigma[w] = sv;
                    }
                    else if (dwCur == dw)
                    {
                        sigma[w] += sv;
                    }
                }
            }
            if (endpoints) bc[s] += tail - 1;
            // Dependencies in reverse BFS order, pulled from successors: delta[w] holds (1 + δ(w)) / σ(w) once w is
            // done, so each arc costs one add and the division happens once per node.
            for (var i = tail - 1; i >= 0; i--)
            {
                var v = order[i];
                var dw = dist[v] + 1;
                double sum = 0;
                for (var p = off[v]; p < off[v + 1]; p++)
                {
                    var w = tgt[p];
                    if (dist[w] == dw) sum += delta[w];
                }
                var dv = sigma[v] * sum;
                if (v != s) bc[v] += endpoints ? dv + 1 : dv;
                delta[v] = (1 + dv) / sigma[v];
            }
            for (var i = 0; i < tail; i++)
            {
                var v = order[i];
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }

        public void Weighted(Graph g, int s, double[] bc, bool endpoints)
        {
            var off = g.OutOffsets;
            var tgt = g.OutTargets;
            var wts = g.OutWeightsAll;
            var dist = wdist;
            var sigma = this.sigma;
            var delta = this.delta;
            var order = this.order;
            var heap = this.heap!;
            heap.Clear();
            dist[s] = 0;
            sigma[s] = 1;
            heap.Enqueue(s, 0);
            var count = 0;
            while (heap.TryDequeue(out var v, out var d))
            {
                if (d > dist[v]) continue; // stale entry (lazy deletion)
                order[count++] = v;
                var sv = sigma[v];
                for (var p = off[v]; p < off[v + 1]; p++)
                {
                    var w = tgt[p];
                    var alt = d + wts[p];
                    var cur = dist[w];
                    if (alt < cur)
                    {
                        dist[w] = alt;
                        sigma[w] = sv;
                        heap.Enqueue(w, alt);
                    }
                    else if (alt == cur)
                    {
                        // Exact equality, as networkx: a tie only counts when both sums are the same double.
                        sigma[w] += sv;
                    }
                }
            }
            if (endpoints) bc[s] += count - 1;
            for (var i = count - 1; i >= 0; i--)
            {
                var v = order[i];
                var dv0 = dist[v];
                double sum = 0;
                for (var p = off[v]; p < off[v + 1]; p++)
                {
                    var w = tgt[p];
                    if (dv0 + wts[p] == dist[w] && w != v) sum += delta[w];
                }
                var dv = sigma[v] * sum;
                if (v != s) bc[v] += endpoints ? dv + 1 : dv;
                delta[v] = (1 + dv) / sigma[v];
            }
            for (var i = 0; i < count; i++)
            {
                var v = order[i];
                dist[v] = double.PositiveInfinity;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }
    }
}
