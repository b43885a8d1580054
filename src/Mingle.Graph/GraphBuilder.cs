namespace Mingle.Graph;

/// <summary>
/// Collects edges (by string key or by dense int) and builds a <see cref="Graph"/>. Parallel edges are merged
/// by summing weights (networkx's behaviour when a weighted multigraph is collapsed); self-loops are kept
/// unless <see cref="DropSelfLoops"/> is set.
/// </summary>
public sealed class GraphBuilder(bool directed, bool weighted)
{
    readonly Dictionary<string, int> keyToNode = new(StringComparer.Ordinal);
    readonly List<string> keys = [];
    int[] sources = new int[16];
    int[] targets = new int[16];
    float[] weights = weighted ? new float[16] : [];
    int count;
    int intNodeCount;
    bool usesKeys;

    public bool DropSelfLoops { get; set; }

    public int NodeCount => usesKeys ? keys.Count : intNodeCount;

    /// <summary>Adds a node by key (isolates included); returns its dense index.</summary>
    public int AddNode(string key)
    {
        usesKeys = true;
        if (keyToNode.TryGetValue(key, out var node)) return node;
        node = keys.Count;
        keyToNode.Add(key, node);
        keys.Add(key);
        return node;
    }

    /// <summary>Adds a node by key without allocating a string when the key is already known (CSV reading).</summary>
    public int AddNode(ReadOnlySpan<char> key)
    {
        usesKeys = true;
        var lookup = keyToNode.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var node)) return node;
        var s = key.ToString();
        node = keys.Count;
        keyToNode.Add(s, node);
        keys.Add(s);
        return node;
    }

    /// <summary>Adds an edge between two nodes already returned by <see cref="AddNode(string)"/>.</summary>
    public void AddEdgeBetween(int sourceNode, int targetNode, double weight = 1.0)
    {
        if ((uint)sourceNode >= (uint)NodeCount || (uint)targetNode >= (uint)NodeCount)
            throw new ArgumentOutOfRangeException(nameof(sourceNode), "Both nodes must have been added first.");
        Add(sourceNode, targetNode, weight);
    }

    /// <summary>Makes sure nodes 0..n-1 exist when building from dense ints.</summary>
    public void EnsureNodes(int n)
    {
        if (usesKeys) throw new InvalidOperationException("This builder uses string keys.");
        intNodeCount = Math.Max(intNodeCount, n);
    }

    public void AddEdge(string source, string target, double weight = 1.0) => Add(AddNode(source), AddNode(target), weight);

    public void AddEdge(int source, int target, double weight = 1.0)
    {
        if (usesKeys) throw new InvalidOperationException("This builder uses string keys.");
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        intNodeCount = Math.Max(intNodeCount, Math.Max(source, target) + 1);
        Add(source, target, weight);
    }

    void Add(int s, int t, double w)
    {
        if (DropSelfLoops && s == t) return;
        if (count == sources.Length)
        {
            Array.Resize(ref sources, count * 2);
            Array.Resize(ref targets, count * 2);
            if (weighted) Array.Resize(ref weights, count * 2);
        }
        sources[count] = s;
        targets[count] = t;
        if (weighted) weights[count] = (float)w;
        count++;
    }

    public Graph Build()
    {
        var n = NodeCount;
        var (outOffsets, outTargets, outWeights, edges) = Csr(n, sources, targets, undirected: !directed);
        int[]? inOffsets = null, inTargets = null;
        float[]? inWeights = null;
        if (directed)
            (inOffsets, inTargets, inWeights, _) = Csr(n, targets, sources, undirected: false);
        return new Graph(directed, n, outOffsets, outTargets, outWeights, inOffsets, inTargets, inWeights,
            usesKeys ? [.. keys] : null)
        { EdgeCount = edges };
    }

    /// <summary>Counting sort by source, then sort and merge each row.</summary>
    (int[] Offsets, int[] Targets, float[]? Weights, long Edges) Csr(int n, int[] from, int[] to, bool undirected)
    {
        var degree = new int[n + 1];
        for (var i = 0; i < count; i++)
        {
            degree[from[i]]++;
            if (undirected && from[i] != to[i]) degree[to[i]]++;
        }
        var offsets = new int[n + 1];
        for (var v = 0; v < n; v++) offsets[v + 1] = offsets[v] + degree[v];
        var total = offsets[n];
        var tgt = new int[total];
        var wts = weighted ? new float[total] : null;
        var fill = new int[n];
        Array.Copy(offsets, fill, n);
        for (var i = 0; i < count; i++)
        {
            var s = from[i];
            var t = to[i];
            var w = weighted ? weights[i] : 1f;
            var p = fill[s]++;
            tgt[p] = t;
            if (wts is not null) wts[p] = w;
            if (undirected && s != t)
            {
                p = fill[t]++;
                tgt[p] = s;
                if (wts is not null) wts[p] = w;
            }
        }
        // Sort each row and merge duplicates in place, then compact.
        var write = 0;
        var newOffsets = new int[n + 1];
        long edges = 0;
        for (var v = 0; v < n; v++)
        {
            var start = offsets[v];
            var end = offsets[v + 1];
            if (wts is null) Array.Sort(tgt, start, end - start);
            else Array.Sort(tgt, wts, start, end - start);
            newOffsets[v] = write;
            for (var p = start; p < end; p++)
            {
                if (write > newOffsets[v] && tgt[write - 1] == tgt[p])
                {
                    if (wts is not null) wts[write - 1] += wts[p];
                    continue;
                }
                tgt[write] = tgt[p];
                if (wts is not null) wts[write] = wts[p];
                write++;
                if (!undirected || tgt[p] >= v) edges++;
            }
        }
        newOffsets[n] = write;
        if (write != total)
        {
            Array.Resize(ref tgt, write);
            if (wts is not null) Array.Resize(ref wts, write);
        }
        return (newOffsets, tgt, wts, edges);
    }
}
