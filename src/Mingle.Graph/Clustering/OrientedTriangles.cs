using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mingle.Graph.Clustering;

/// <summary>
/// Triangles of an undirected graph, each found once: every edge is oriented from the endpoint of lower
/// (degree, id) rank to the higher one, so a node's forward list holds at most O(√m) neighbours, and a triangle
/// u &lt; v &lt; w (by rank) is found at u by marking u's forward neighbours in a per-worker array and looking up each
/// of v's forward neighbours in it. Self-loops are ignored.
/// <para>
/// Results do not depend on the number of cores or the scheduling: unweighted counts are integers kept per worker;
/// weighted sums go through slots of u's own forward arcs (see <see cref="WeightedSums"/>), added in arc order.
/// </para>
/// </summary>
internal sealed class OrientedTriangles
{
    readonly int[] offsets;
    readonly int[] targets;
    readonly double[]? weights;

    OrientedTriangles(int[] offsets, int[] targets, double[]? weights)
    {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
    }

    /// <summary>Builds the forward lists; with <paramref name="weighted"/>, each arc keeps its weight × <paramref name="scale"/>.</summary>
    public static OrientedTriangles Build(Graph g, bool weighted, double scale, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (g.IsDirected) throw new NotSupportedException("Oriented triangle counting needs an undirected graph.");
        var n = g.NodeCount;
        var offsets = new int[n + 1];
        var graphOffsets = g.OutOffsets.ToArray();
        Parallel(n, (start, end) =>
        {
            var off = graphOffsets.AsSpan();
            var tgt = g.OutTargets;
            for (var u = start; u < end; u++)
            {
                var c = 0;
                for (var p = off[u]; p < off[u + 1]; p++)
                    if (Before(off, u, tgt[p])) c++;
                offsets[u + 1] = c;
            }
        }, ct);
        for (var u = 0; u < n; u++) offsets[u + 1] += offsets[u];
        var targets = new int[offsets[n]];
        var wts = weighted && g.IsWeighted ? new double[offsets[n]] : null;
        Parallel(n, (start, end) =>
        {
            var off = graphOffsets.AsSpan();
            var tgt = g.OutTargets;
            var w = g.OutWeightsAll;
            for (var u = start; u < end; u++)
            {
                var q = offsets[u];
                for (var p = off[u]; p < off[u + 1]; p++)
                {
                    var v = tgt[p];
                    if (!Before(off, u, v)) continue;
                    if (wts is not null) wts[q] = w[p] * scale;
                    targets[q++] = v;
                }
            }
        }, ct);
        return new OrientedTriangles(offsets, targets, wts);
    }

    /// <summary>True when u ranks before v: lower degree, then lower id. False for u == v (self-loops drop out).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool Before(ReadOnlySpan<int> off, int u, int v)
    {
        var du = off[u + 1] - off[u];
        var dv = off[v + 1] - off[v];
        return du < dv || (du == dv && u < v);
    }

    /// <summary>Per node: the number of triangles through it, or with weights Σ (ŵ_uv ŵ_vw ŵ_wu)^(1/3) over them.</summary>
    public double[] PerNode(CancellationToken ct) => weights is null ? Counts(ct) : WeightedSums(ct);

    /// <summary>Unweighted: integer counts, so per-worker arrays summed in any order give the same result.</summary>
    double[] Counts(CancellationToken ct)
    {
        var n = offsets.Length - 1;
        var partial = new List<long[]>();
        Parallel(n, () =>
        {
            var c = new long[n];
            lock (partial) partial.Add(c);
            return (Counts: c, Mark: new int[n]);
        }, (start, end, local) =>
        {
            for (var u = start; u < end; u++) CountInto(u, local.Counts, local.Mark);
        }, ct);
        var result = new double[n];
        for (var v = 0; v < n; v++)
        {
            long t = 0;
            foreach (var c in partial) t += c[v];
            result[v] = t;
        }
        return result;
    }

    /// <summary>Weighted: the worker handling u adds each triangle's value to u and to the slots of arcs u→v and u→w;
    /// the slots are then added to their heads in arc order, so every sum runs in an order fixed by the graph.</summary>
    double[] WeightedSums(CancellationToken ct)
    {
        var n = offsets.Length - 1;
        var own = new double[n];
        var arc = new double[targets.Length];
        Parallel(n, () => new int[n], (start, end, mark) =>
        {
            for (var u = start; u < end; u++) own[u] = Weighted(u, arc, mark);
        }, ct);
        var tgt = targets;
        for (var p = 0; p < tgt.Length; p++) own[tgt[p]] += arc[p];
        return own;
    }

    /// <summary>Number of triangles in the graph (unweighted).</summary>
    public long Total(CancellationToken ct)
    {
        var n = offsets.Length - 1;
        long total = 0;
        Parallel(n, () => new int[n], (start, end, mark) =>
        {
            long t = 0;
            for (var u = start; u < end; u++) t += CountOnly(u, mark);
            Interlocked.Add(ref total, t);
        }, ct);
        return total;
    }

    /// <summary>Triangles with lowest-ranked node u: returns u's share and adds v's and w's to the slots of arcs u→v, u→w.
    /// u's forward neighbours are marked with their arc index + 1 in the worker's <paramref name="mark"/> array;
    /// arc ranges of different nodes are disjoint, so a mark left by another node falls outside u's range.</summary>
    double Weighted(int u, double[] arc, int[] mark)
    {
        ref var tgt = ref MemoryMarshal.GetArrayDataReference(targets);
        ref var mk = ref MemoryMarshal.GetArrayDataReference(mark);
        var w = weights!;
        var baseU = offsets[u];
        var endU = offsets[u + 1];
        if (endU - baseU < 2) return 0;
        for (var a = baseU; a < endU; a++) Unsafe.Add(ref mk, Unsafe.Add(ref tgt, a)) = a + 1;
        double own = 0;
        for (var a = baseU; a < endU; a++)
        {
            var v = Unsafe.Add(ref tgt, a);
            double onArc = 0;
            var endV = offsets[v + 1];
            for (var j = offsets[v]; j < endV; j++)
            {
                var i = Unsafe.Add(ref mk, Unsafe.Add(ref tgt, j)) - 1;
                if (i < baseU || i >= endU) continue;
                var c = Math.Cbrt(w[a] * w[i] * w[j]);
                own += c;
                onArc += c;
                arc[i] += c;
            }
            arc[a] += onArc;
        }
        return own;
    }

    /// <summary>Adds 1 to u, v and w for every triangle u &lt; v &lt; w found at u: u's forward neighbours are
    /// stamped with u + 1 in the worker's <paramref name="mark"/> array (never cleared: stamps differ per u), then each
    /// forward neighbour v's own forward list is checked against the stamps — one lookup per arc of v instead of a
    /// merge over both lists.</summary>
    void CountInto(int u, long[] counts, int[] mark)
    {
        ref var tgt = ref MemoryMarshal.GetArrayDataReference(targets);
        ref var cnt = ref MemoryMarshal.GetArrayDataReference(counts);
        ref var mk = ref MemoryMarshal.GetArrayDataReference(mark);
        var baseU = offsets[u];
        var endU = offsets[u + 1];
        if (endU - baseU < 2) return;
        var stamp = u + 1;
        for (var a = baseU; a < endU; a++) Unsafe.Add(ref mk, Unsafe.Add(ref tgt, a)) = stamp;
        long own = 0;
        for (var a = baseU; a < endU; a++)
        {
            var v = Unsafe.Add(ref tgt, a);
            long onV = 0;
            var endV = offsets[v + 1];
            for (var j = offsets[v]; j < endV; j++)
            {
                var w = Unsafe.Add(ref tgt, j);
                if (Unsafe.Add(ref mk, w) == stamp)
                {
                    onV++;
                    Unsafe.Add(ref cnt, w)++;
                }
            }
            own += onV;
            Unsafe.Add(ref cnt, v) += onV;
        }
        Unsafe.Add(ref cnt, u) += own;
    }

    long CountOnly(int u, int[] mark)
    {
        ref var tgt = ref MemoryMarshal.GetArrayDataReference(targets);
        ref var mk = ref MemoryMarshal.GetArrayDataReference(mark);
        var baseU = offsets[u];
        var endU = offsets[u + 1];
        if (endU - baseU < 2) return 0;
        var stamp = u + 1;
        for (var a = baseU; a < endU; a++) Unsafe.Add(ref mk, Unsafe.Add(ref tgt, a)) = stamp;
        long t = 0;
        for (var a = baseU; a < endU; a++)
        {
            var v = Unsafe.Add(ref tgt, a);
            var endV = offsets[v + 1];
            for (var j = offsets[v]; j < endV; j++)
                t += Unsafe.Add(ref mk, Unsafe.Add(ref tgt, j)) == stamp ? 1 : 0;
        }
        return t;
    }

    /// <summary>Runs body(start, end) over chunks of nodes handed out from a shared counter, one worker per core.</summary>
    static void Parallel(int n, Action<int, int> body, CancellationToken ct) =>
        Parallel(n, () => 0, (start, end, _) => body(start, end), ct);

    /// <summary>As above, with one <typeparamref name="T"/> per worker made by <paramref name="local"/>.</summary>
    static void Parallel<T>(int n, Func<T> local, Action<int, int, T> body, CancellationToken ct)
    {
        const int chunk = 512;
        // Below ~50k nodes the whole count takes a few milliseconds, less than waking pool threads on a busy machine.
        var workers = n < 50_000 ? 1 : Math.Max(1, Math.Min(Environment.ProcessorCount, (n + chunk - 1) / chunk));
        var next = 0;
        void Work(int _)
        {
            var state = local();
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var start = Interlocked.Add(ref next, chunk) - chunk;
                if (start >= n) return;
                body(start, Math.Min(n, start + chunk), state);
            }
        }
        if (workers == 1) Work(0);
        else System.Threading.Tasks.Parallel.For(0, workers,
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = ct }, Work);
    }
}
