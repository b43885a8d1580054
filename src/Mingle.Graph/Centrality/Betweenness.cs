using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mingle.Graph.Centrality;

/// <summary>
/// Exact shortest-path betweenness (networkx <c>betweenness_centrality</c>) by Brandes' algorithm: BFS for unweighted
/// graphs, Dijkstra (weights as distances) for weighted ones. Sources are split across workers, each with its own
/// buffers and partial sums; partial sums are added in worker order, so a result depends only on the graph and the
/// degree of parallelism. Normalisation follows networkx's <c>_rescale</c>, including <c>endpoints</c>.
/// <para>
/// The BFS kernel keeps each node's distance and path count together in one 16-byte slot, records each node's
/// shortest-path successors (arcs to the next level) in a per-worker array during the forward pass, and in the
/// backward pass reads only those successors in sequence, so it touches one cache line per relevant arc and skips
/// the arcs within a level or back to the previous one. All buffers are allocated once per worker.
/// </para>
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
        var b = Accumulate(g, sources, endpoints, useWeights && g.IsWeighted, linear: false, maxDegreeOfParallelism, ct);
        Rescale(b, g.NodeCount, normalized, g.IsDirected, null, endpoints);
        return b;
    }

    /// <summary>Betweenness from the given sources only, scaled by n / k like networkx's <c>k=</c> option (which
    /// picks the k sources at random; see <see cref="ApproximateBetweenness"/>).</summary>
    public static double[] FromSources(Graph g, ReadOnlySpan<int> sources, bool normalized = true, bool endpoints = false,
        bool useWeights = true, int maxDegreeOfParallelism = -1, CancellationToken ct = default) =>
        FromSources(g, sources, normalized, endpoints, useWeights, linearScaling: false, maxDegreeOfParallelism, ct);

    /// <summary>As the public overload; with <paramref name="linearScaling"/> (undirected BFS only, see
    /// <see cref="BetweennessEstimator.LinearScaling"/>) each pair's share is split between its two ends by distance.</summary>
    internal static double[] FromSources(Graph g, ReadOnlySpan<int> sources, bool normalized, bool endpoints,
        bool useWeights, bool linearScaling, int maxDegreeOfParallelism, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(g);
        var src = sources.ToArray();
        foreach (var s in src) ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)s, (uint)g.NodeCount, nameof(sources));
        var weighted = useWeights && g.IsWeighted;
        if (linearScaling && (weighted || g.IsDirected))
            throw new NotSupportedException("Linear scaling is implemented for unweighted undirected graphs.");
        var b = Accumulate(g, src, endpoints, weighted, linearScaling, maxDegreeOfParallelism, ct);
        Rescale(b, g.NodeCount, normalized, g.IsDirected, src.Length, endpoints);
        return b;
    }

    /// <summary>
    /// Linear-scaling estimate post-stratified, for each node v, by the distance of the sampled sources from v:
    /// the sources at distance 1, at distance 2 and farther are scaled separately by (nodes at that distance from v)
    /// / (sampled sources at that distance) instead of all by n / k. A source two hops from v gives v several times
    /// its usual share, and how many of the k sources happen to lie there is the main noise left once sources are
    /// spread over communities; fixing each class's weight removes it. A class without a sampled source is pooled
    /// with the next farther one (all of them with n − 1 over k when even the farthest has none). With every node as a
    /// source every weight is 1, so the result is exact. <paramref name="twoHop"/>[v] is the number of nodes at
    /// distance exactly 2 from v.
    /// </summary>
    internal static double[] FromSourcesByDistance(Graph g, int[] sources, int[] twoHop, bool normalized,
        int maxDegreeOfParallelism, CancellationToken ct)
    {
        var n = g.NodeCount;
        var raw = Accumulate(g, sources, endpoints: false, weighted: false, linear: true, maxDegreeOfParallelism, ct, byDistance: true);
        var isSource = new bool[n];
        foreach (var x in sources) isSource[x] = true;
        var k = sources.Length;
        var b = new double[n];
        Span<double> sum = stackalloc double[3];
        Span<double> population = stackalloc double[3];
        Span<double> sampled = stackalloc double[3];
        for (var v = 0; v < n; v++)
        {
            var others = k - (isSource[v] ? 1 : 0);
            if (others == 0) continue;
            double near = Clustering.LocalClustering.DegreeWithoutLoop(g, v);
            population[0] = near;
            population[1] = twoHop[v];
            population[2] = n - 1 - near - twoHop[v];
            sampled[0] = raw[(3 * n) + v];
            sampled[1] = raw[(4 * n) + v];
            sampled[2] = others - sampled[0] - sampled[1];
            sum[0] = raw[v];
            sum[1] = raw[n + v];
            sum[2] = raw[(2 * n) + v];
            double estimate = 0, pooledPopulation = 0, pooledSampled = 0, pooledSum = 0;
            for (var c = 0; c < 3; c++)
            {
                pooledPopulation += population[c];
                pooledSampled += sampled[c];
                pooledSum += sum[c];
                if (pooledSampled == 0) continue;
                estimate += pooledPopulation / pooledSampled * pooledSum;
                pooledPopulation = pooledSampled = pooledSum = 0;
            }
            if (pooledPopulation > 0) estimate = (n - 1.0) / others * (sum[0] + sum[1] + sum[2]);
            // Rescale applies n / k; the estimate already holds its own weights.
            b[v] = estimate * k / n;
        }
        Rescale(b, n, normalized, directed: false, k, endpoints: false);
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

    static double[] Accumulate(Graph g, int[] sources, bool endpoints, bool weighted, bool linear, int maxDegreeOfParallelism,
        CancellationToken ct, bool byDistance = false)
    {
        var n = g.NodeCount;
        var workers = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        workers = Math.Max(1, Math.Min(workers, sources.Length));
        if ((long)sources.Length * g.ArcCount < 200_000) workers = 1; // threads cost more than tiny graphs
        var partial = new double[workers][];
        void Work(int t)
        {
            // By distance: three sums per node (sources at distance 1, 2, ≥ 3) and two counts (1, 2), one block each.
            var bc = new double[byDistance ? 5 * n : n];
            var worker = new Worker(n, g.ArcCount, weighted) { ByDistance = byDistance };
            for (var i = t; i < sources.Length; i += workers)
            {
                ct.ThrowIfCancellationRequested();
                if (weighted) worker.Weighted(g, sources[i], bc, endpoints);
                else worker.Unweighted(g, sources[i], bc, endpoints, linear);
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
            for (var v = 0; v < p.Length; v++) result[v] += p[v];
        }
        return result;
    }

    /// <summary>BFS distance (−1 = not reached) and σ, later (1 + δ) / σ, of one node for one source.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 16)]
    struct NodeState
    {
        public double Value;
        public int Dist;
    }

    /// <summary>Per-worker buffers, reset after each source for only the nodes it reached.</summary>
    sealed class Worker
    {
        readonly NodeState[] state;
        readonly int[] succ;
        readonly int[] succEnd;
        readonly double[] wdist;
        readonly double[] sigma;
        readonly double[] delta;
        readonly int[] order;
        readonly PriorityQueue<int, double>? heap;

        /// <summary>Linear scaling only: keep each node's dependencies apart by its distance class from the source
        /// (bc[v], bc[n + v], bc[2n + v] for 1, 2, ≥ 3) and count the sources at distance 1 and 2 (bc[3n + v],
        /// bc[4n + v]).</summary>
        public bool ByDistance { get; init; }

        public Worker(int n, int arcs, bool weighted)
        {
            order = new int[n];
            if (weighted)
            {
                state = [];
                succ = [];
                succEnd = [];
                sigma = new double[n];
                delta = new double[n];
                wdist = new double[n];
                Array.Fill(wdist, double.PositiveInfinity);
                heap = new PriorityQueue<int, double>();
            }
            else
            {
                wdist = [];
                sigma = [];
                delta = [];
                state = new NodeState[n];
                succ = new int[arcs];
                succEnd = new int[n];
                for (var v = 0; v < n; v++) state[v].Dist = -1;
            }
        }

        /// <summary>Brandes for one source by BFS. Each node's distance and path count sit side by side in one
        /// 16-byte <see cref="NodeState"/>, so every arc visit touches one cache line instead of two or three; in
        /// the backward pass the count slot is reused for (1 + δ(w)) / σ(w) once w is done (its σ is no longer needed).</summary>
        public void Unweighted(Graph g, int s, double[] bc, bool endpoints, bool linear)
        {
            ref var off = ref MemoryMarshal.GetReference(g.OutOffsets);
            ref var tgt = ref MemoryMarshal.GetReference(g.OutTargets);
            ref var st = ref MemoryMarshal.GetArrayDataReference(state);
            ref var order = ref MemoryMarshal.GetArrayDataReference(this.order);
            Unsafe.Add(ref st, s).Dist = 0;
            Unsafe.Add(ref st, s).Value = 1;
            ref var succ = ref MemoryMarshal.GetArrayDataReference(this.succ);
            ref var succEnd = ref MemoryMarshal.GetArrayDataReference(this.succEnd);
            order = s;
            int head = 0, tail = 1, count = 0;
            while (head < tail)
            {
                var v = Unsafe.Add(ref order, head++);
                ref var sv = ref Unsafe.Add(ref st, v);
                var dw = sv.Dist + 1;
                var sigma = sv.Value;
                var end = Unsafe.Add(ref off, v + 1);
                for (var p = Unsafe.Add(ref off, v); p < end; p++)
                {
                    var w = Unsafe.Add(ref tgt, p);
                    ref var sw = ref Unsafe.Add(ref st, w);
                    if (sw.Dist < 0)
                    {
                        // Rare (once per node), so well predicted; σ starts at 0 and is added below.
                        sw.Dist = dw;
                        Unsafe.Add(ref order, tail++) = w;
                    }
                    // Whether w is on the next level is a coin toss for the branch predictor, so no branch: add
                    // σ(v) or 0, always write w to the successor list and advance the end only for a successor.
                    var next = sw.Dist == dw ? 1 : 0;
                    sw.Value += sigma * next;
                    Unsafe.Add(ref succ, count) = w;
                    count += next;
                }
                Unsafe.Add(ref succEnd, head - 1) = count;
            }
            if (endpoints) bc[s] += tail - 1;
            // Dependencies in reverse BFS order, pulled from successors: Value holds (1 + δ(w)) / σ(w) once w is
            // done, so each arc costs one add and the division happens once per node.
            for (var i = tail - 1; i >= 0; i--)
            {
                var v = Unsafe.Add(ref order, i);
                ref var sv = ref Unsafe.Add(ref st, v);
                double sum = 0;
                var end = Unsafe.Add(ref succEnd, i);
                for (var p = i == 0 ? 0 : Unsafe.Add(ref succEnd, i - 1); p < end; p++)
                    sum += Unsafe.Add(ref st, Unsafe.Add(ref succ, p)).Value;
                var dv = sv.Value * sum;
                if (linear)
                {
                    if (v == s) continue;
                    var d = sv.Dist;
                    // d = 1: dv = σ_v Σ 1/σ_w over successors (targets at distance 2, each pair split in half, ×2);
                    // d ≥ 2: dv = δ'(v), weighted by 2 (d − 1).
                    var c = d == 1 ? dv : 2.0 * (d - 1) * dv;
                    if (ByDistance)
                    {
                        var n = state.Length;
                        bc[(Math.Min(d, 3) - 1) * n + v] += c;
                        if (d <= 2) bc[(d + 2) * n + v] += 1;
                    }
                    else bc[v] += endpoints ? c + 1 : c;
                    sv.Value = d == 2 ? 1.0 / sv.Value : (1.0 / (d - 2) + dv) / sv.Value;
                    continue;
                }
                if (v != s) bc[v] += endpoints ? dv + 1 : dv;
                sv.Value = (1 + dv) / sv.Value;
            }
            for (var i = 0; i < tail; i++)
            {
                ref var sv = ref Unsafe.Add(ref st, Unsafe.Add(ref order, i));
                sv.Dist = -1;
                sv.Value = 0;
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
