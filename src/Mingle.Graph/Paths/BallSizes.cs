using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Mingle.Graph.Paths;

/// <summary>
/// For every node, the estimated number of nodes within distance <c>radius</c> of it, itself included (following
/// out-arcs in a directed graph), by HyperLogLog counters merged along the arcs — HyperANF (Boldi, Rosa and Vigna,
/// "HyperANF: approximating the neighbourhood function of very large graphs on a budget", WWW 2011): a node's counter
/// after r steps is the register-wise maximum of its own and its neighbours' counters after r − 1. Each step is one
/// pass over the arcs, so three-hop neighbourhood sizes cost three passes where exact counts cost a search to depth
/// three from every node. Relative error about 1.04 / √registers (6.5 % at the default 256; linear counting for small
/// balls); deterministic for a seed. <see cref="Centrality.ApproximateBetweenness"/> uses it for the sizes of its
/// three-hop distance class. networkx has no counterpart.
/// </summary>
public static class BallSizes
{
    /// <summary>Estimated ball sizes; <paramref name="registers"/> (a power of two, 32–4096) bytes per node, twice.</summary>
    public static float[] Estimate(Graph g, int radius, int registers = 256, int seed = 0, int maxDegreeOfParallelism = -1,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        if (registers < 32 || registers > 4096 || !System.Numerics.BitOperations.IsPow2(registers))
            throw new ArgumentOutOfRangeException(nameof(registers), registers, "A power of two from 32 to 4096.");
        var n = g.NodeCount;
        var m = registers;
        if ((long)n * m > Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(registers), registers,
                $"{n} nodes × {m} registers exceed the largest array; use fewer registers.");
        var bits = System.Numerics.BitOperations.Log2((uint)m);
        var current = new byte[(long)n * m];
        var next = new byte[(long)n * m];
        for (var x = 0; x < n; x++)
        {
            var h = Mix((ulong)x ^ ((ulong)seed * 0x9E3779B97F4A7C15UL));
            var register = (int)(h & (ulong)(m - 1));
            var rank = System.Numerics.BitOperations.LeadingZeroCount((h >> bits) | 1UL) - bits + 1;
            current[((long)x * m) + register] = (byte)rank;
        }
        for (var r = 1; r <= radius; r++)
        {
            var from = current;
            var to = next;
            Centrality.NodeParallel.For(n, v =>
            {
                ref var src = ref MemoryMarshal.GetArrayDataReference(from);
                ref var dst = ref MemoryMarshal.GetArrayDataReference(to);
                var at = (nuint)v * (nuint)m;
                for (nuint j = 0; j < (nuint)m; j += 32)
                {
                    var merged = Vector256.LoadUnsafe(ref src, at + j);
                    foreach (var u in g.OutNeighbors(v))
                        merged = Vector256.Max(merged, Vector256.LoadUnsafe(ref src, ((nuint)u * (nuint)m) + j));
                    merged.StoreUnsafe(ref dst, at + j);
                }
            }, ct, maxDegreeOfParallelism);
            (current, next) = (next, current);
        }
        var size = new float[n];
        var alpha = 0.7213 / (1 + (1.079 / m));
        Centrality.NodeParallel.For(n, v =>
        {
            double inverse = 0;
            var zeros = 0;
            foreach (var reg in current.AsSpan((int)((long)v * m), m))
            {
                inverse += PowersOfHalf[reg];
                zeros += reg == 0 ? 1 : 0;
            }
            var estimate = alpha * m * m / inverse;
            if (estimate <= 2.5 * m && zeros > 0) estimate = m * Math.Log((double)m / zeros);
            size[v] = (float)estimate;
        }, ct, maxDegreeOfParallelism);
        return size;
    }

    static readonly double[] PowersOfHalf = [.. Enumerable.Range(0, 256).Select(r => Math.ScaleB(1.0, -r))];

    static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
