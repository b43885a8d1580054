namespace Mingle.Graph;

/// <summary>
/// An immutable graph in compressed sparse row form. Nodes are dense ints 0..NodeCount-1 with optional
/// string keys. Undirected graphs store each edge in both endpoints' rows, so Out* and In* views are the same.
/// Directed graphs keep a second CSR of incoming arcs, because PageRank, closeness and SCC read both ways.
/// Weights are float to keep 50M edges under 1 GiB; every measure accumulates in double.
/// </summary>
public sealed class Graph
{
    readonly int[] outOffsets;
    readonly int[] outTargets;
    readonly float[]? outWeights;
    readonly int[] inOffsets;
    readonly int[] inTargets;
    readonly float[]? inWeights;
    readonly string[]? keys;
    Dictionary<string, int>? index;

    internal Graph(bool directed, int nodeCount, int[] outOffsets, int[] outTargets, float[]? outWeights,
        int[]? inOffsets, int[]? inTargets, float[]? inWeights, string[]? keys)
    {
        IsDirected = directed;
        NodeCount = nodeCount;
        this.outOffsets = outOffsets;
        this.outTargets = outTargets;
        this.outWeights = outWeights;
        this.inOffsets = inOffsets ?? outOffsets;
        this.inTargets = inTargets ?? outTargets;
        this.inWeights = inTargets is null ? outWeights : inWeights;
        this.keys = keys;
    }

    public bool IsDirected { get; }

    public bool IsWeighted => outWeights is not null;

    public int NodeCount { get; }

    /// <summary>Arcs stored in the out-CSR: edges for a directed graph, twice the edges (less self-loops) undirected.</summary>
    public int ArcCount => outTargets.Length;

    /// <summary>Number of edges as networkx counts them (an undirected self-loop counts once).</summary>
    public long EdgeCount { get; internal init; }

    public ReadOnlySpan<int> OutOffsets => outOffsets;

    public ReadOnlySpan<int> OutTargets => outTargets;

    /// <summary>Empty when unweighted.</summary>
    public ReadOnlySpan<float> OutWeightsAll => outWeights;

    public ReadOnlySpan<int> InOffsets => inOffsets;

    public ReadOnlySpan<int> InTargets => inTargets;

    public ReadOnlySpan<float> InWeightsAll => inWeights;

    public ReadOnlySpan<int> OutNeighbors(int v) => outTargets.AsSpan(outOffsets[v], outOffsets[v + 1] - outOffsets[v]);

    public ReadOnlySpan<int> InNeighbors(int v) => inTargets.AsSpan(inOffsets[v], inOffsets[v + 1] - inOffsets[v]);

    /// <summary>Weights aligned with <see cref="OutNeighbors"/>; empty when unweighted (treat as 1).</summary>
    public ReadOnlySpan<float> OutWeights(int v) =>
        outWeights is null ? default : outWeights.AsSpan(outOffsets[v], outOffsets[v + 1] - outOffsets[v]);

    public ReadOnlySpan<float> InWeights(int v) =>
        inWeights is null ? default : inWeights.AsSpan(inOffsets[v], inOffsets[v + 1] - inOffsets[v]);

    public int OutDegree(int v) => outOffsets[v + 1] - outOffsets[v];

    public int InDegree(int v) => inOffsets[v + 1] - inOffsets[v];

    public bool HasKeys => keys is not null;

    public string Key(int v) => keys is null ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : keys[v];

    public bool TryGetNode(string key, out int node)
    {
        if (keys is null)
            return int.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out node) && node >= 0 && node < NodeCount;
        index ??= BuildIndex(keys);
        return index.TryGetValue(key, out node);
    }

    static Dictionary<string, int> BuildIndex(string[] keys)
    {
        var map = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++) map[keys[i]] = i;
        return map;
    }

    /// <summary>Approximate bytes held by the structure (arrays only), for the memory target.</summary>
    public long StructureBytes =>
        4L * (outOffsets.Length + outTargets.Length) + 4L * (outWeights?.Length ?? 0)
        + (IsDirected ? 4L * (inOffsets.Length + inTargets.Length) + 4L * (inWeights?.Length ?? 0) : 0);
}
