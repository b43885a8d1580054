namespace Mingle.Graph.Paths;

/// <summary>
/// Dijkstra from one source that stops early — at a distance <c>cutoff</c> (networkx's <c>cutoff</c>: nodes
/// farther away are not reached) or once every target is settled — and records each reached node's predecessor,
/// so shortest paths can be read back. Meant for many small searches on one big graph (a warm-introduction path
/// per request): the caller owns the buffers and only the touched entries are reset afterwards.
/// <para>With a finite cutoff that spans few multiples of the smallest edge weight (warm-introduction paths: costs
/// 0.6 and 1, cutoff 4.8) the search uses buckets of that width instead of a binary heap (Dial's algorithm in
/// Dinitz's form): every node in the lowest non-empty bucket is already final, because any other route to it
/// adds at least one smallest weight. Same distances, O(V + E) instead of O(E log V); among equally short paths
/// the one recorded may differ from the heap's.</para>
/// </summary>
public sealed class BoundedDijkstra
{
    readonly Graph g;
    readonly double[] dist;
    readonly int[] pred;
    readonly int[] touched;
    readonly bool[] settled;
    readonly PriorityQueue<int, double> heap = new();
    readonly double minWeight;
    readonly List<List<int>> buckets = [];
    int touchedCount;

    /// <summary>More buckets than this and the heap is used (a tiny smallest weight against a long cutoff).</summary>
    const int MaxBuckets = 4096;

    public BoundedDijkstra(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        g = graph;
        dist = new double[g.NodeCount];
        pred = new int[g.NodeCount];
        touched = new int[g.NodeCount];
        settled = new bool[g.NodeCount];
        Array.Fill(dist, double.PositiveInfinity);
        Array.Fill(pred, -1);
        var weights = g.OutWeightsAll;
        minWeight = weights.IsEmpty ? 1.0 : double.PositiveInfinity;
        foreach (var w in weights) minWeight = Math.Min(minWeight, w);
    }

    /// <summary>Distance from the last source; +∞ if not reached (beyond the cutoff or not needed for the targets).</summary>
    public double Distance(int v) => settled[v] ? dist[v] : double.PositiveInfinity;

    /// <summary>Runs from <paramref name="source"/>. With <paramref name="targets"/> the search stops as soon as all of
    /// them are settled. Returns how many nodes were settled.</summary>
    public int Run(int source, double cutoff = double.PositiveInfinity, IReadOnlyCollection<int>? targets = null)
    {
        Reset();
        HashSet<int>? remaining = targets is { Count: > 0 } ? [.. targets] : null;
        if (minWeight > 0 && double.IsFinite(minWeight) && double.IsFinite(cutoff) && cutoff >= 0 && cutoff / minWeight < MaxBuckets)
            return RunBuckets(source, cutoff, remaining);
        var offsets = g.OutOffsets;
        var arcs = g.OutTargets;
        var weights = g.OutWeightsAll;
        var weighted = !weights.IsEmpty;
        Touch(source);
        dist[source] = 0;
        heap.Enqueue(source, 0);
        var count = 0;
        while (heap.TryDequeue(out var v, out var d))
        {
            if (settled[v] || d > dist[v]) continue;
            settled[v] = true;
            count++;
            if (remaining is not null && remaining.Remove(v) && remaining.Count == 0) break;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = arcs[p];
                var alt = d + (weighted ? weights[p] : 1.0);
                if (alt > cutoff || alt >= dist[w]) continue;
                if (double.IsPositiveInfinity(dist[w])) Touch(w);
                dist[w] = alt;
                pred[w] = v;
                heap.Enqueue(w, alt);
            }
        }
        heap.Clear();
        return count;
    }

    int RunBuckets(int source, double cutoff, HashSet<int>? remaining)
    {
        var offsets = g.OutOffsets;
        var arcs = g.OutTargets;
        var weights = g.OutWeightsAll;
        var weighted = !weights.IsEmpty;
        var count = (int)(cutoff / minWeight) + 1;
        while (buckets.Count < count) buckets.Add([]);
        Touch(source);
        dist[source] = 0;
        buckets[0].Add(source);
        var settledCount = 0;
        var done = false;
        for (var k = 0; k < count && !done; k++)
        {
            var bucket = buckets[k];
            // Relaxing from bucket k only reaches bucket k + 1 or later, so this bucket does not grow meanwhile.
            for (var i = 0; i < bucket.Count && !done; i++)
            {
                var v = bucket[i];
                if (settled[v]) continue; // it was also queued in an earlier bucket, with a shorter distance
                settled[v] = true;
                settledCount++;
                if (remaining is not null && remaining.Remove(v) && remaining.Count == 0) { done = true; break; }
                var d = dist[v];
                for (var p = offsets[v]; p < offsets[v + 1]; p++)
                {
                    var w = arcs[p];
                    var alt = d + (weighted ? weights[p] : 1.0);
                    if (alt > cutoff || alt >= dist[w]) continue;
                    if (double.IsPositiveInfinity(dist[w])) Touch(w);
                    dist[w] = alt;
                    pred[w] = v;
                    // Rounding must never put it back in this bucket or earlier.
                    buckets[Math.Clamp((int)(alt / minWeight), k + 1, count - 1)].Add(w);
                }
            }
        }
        for (var k = 0; k < count; k++) buckets[k].Clear();
        return settledCount;
    }

    /// <summary>The shortest path source → <paramref name="target"/> found by the last run (empty if not reached).</summary>
    public IReadOnlyList<int> PathTo(int target)
    {
        if (!settled[target]) return [];
        var path = new List<int>();
        for (var v = target; v >= 0; v = pred[v]) path.Add(v);
        path.Reverse();
        return path;
    }

    void Touch(int v) => touched[touchedCount++] = v;

    void Reset()
    {
        for (var i = 0; i < touchedCount; i++)
        {
            var v = touched[i];
            dist[v] = double.PositiveInfinity;
            pred[v] = -1;
            settled[v] = false;
        }
        touchedCount = 0;
    }
}
