using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mingle.Graph.Clustering;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Clustering;

/// <summary>The undirected clustering path counts each triangle once over a degree-ordered orientation; these check it
/// against networkx on self-loops, degree ties and isolates, and against a brute-force triangle count.</summary>
public class TriangleTests
{
    /// <summary>K5 (every degree tied), a 4-cycle with a chord, a triangle hanging off a star, self-loops (one of them the
    /// heaviest edge, which networkx's weight normaliser includes), and two isolates.</summary>
    static Graph Awkward(bool weighted)
    {
        var b = new GraphBuilder(directed: false, weighted);
        for (var i = 0; i < 20; i++) b.AddNode("v" + i);
        var w = 1.0;
        void E(int u, int v) => b.AddEdge("v" + u, "v" + v, weighted ? (w = w % 7 + 1) : 1);
        for (var i = 0; i < 5; i++)
            for (var j = i + 1; j < 5; j++) E(i, j);
        E(5, 6); E(6, 7); E(7, 8); E(8, 5); E(5, 7);
        for (var i = 10; i < 16; i++) E(9, i);
        E(10, 11); E(11, 16); E(16, 10);
        b.AddEdge("v0", "v0", weighted ? 9 : 1);
        b.AddEdge("v5", "v5", weighted ? 2 : 1);
        b.AddEdge("v9", "v9", weighted ? 3 : 1);
        return b.Build(); // v17, v18 stay isolated
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LocalClustering_WithSelfLoopsTiesAndIsolates_MatchesNetworkX(bool weighted)
    {
        var g = Awkward(weighted);
        NetworkX.AssertClose(g, NetworkX.NodeValues("clustering", g), LocalClustering.Compute(g));
    }

    [Fact]
    public void Transitivity_WithSelfLoopsTiesAndIsolates_MatchesNetworkX()
    {
        var g = Awkward(weighted: false);
        Assert.Equal(NetworkX.NodeValues("transitivity", g)["value"], Transitivity.Compute(g), 1e-12);
    }

    [Fact]
    public void Clustering_OfGraphWithoutTriangles_IsZero()
    {
        var b = new GraphBuilder(directed: false, weighted: false);
        for (var i = 1; i < 30; i++) b.AddEdge(0, i);
        var g = b.Build();
        Assert.All(LocalClustering.Compute(g), c => Assert.Equal(0, c));
        Assert.Equal(0, Transitivity.Compute(g));
    }

    /// <summary>Brute force: for every node, every pair of distinct neighbours that are linked is a triangle, weighted
    /// (networkx) by the cube root of the product of the three normalised weights.</summary>
    [Property(MaxTest = 60)]
    public Property LocalClustering_EqualsBruteForce(int n, int density, int seed, bool weighted)
    {
        var g = TestGraphs.Random(3 + Math.Abs(n) % 45, (Math.Abs(density) % 40 + 5) / 100.0, seed, directed: false,
            weighted ? TestGraphs.Weights.Integers : TestGraphs.Weights.None);
        var size = g.NodeCount;
        var w = new double[size, size];
        double max = 0;
        for (var u = 0; u < size; u++)
        {
            var nb = g.OutNeighbors(u);
            var ws = g.OutWeights(u);
            for (var a = 0; a < nb.Length; a++)
            {
                w[u, nb[a]] = ws.IsEmpty ? 1 : ws[a];
                max = Math.Max(max, w[u, nb[a]]);
            }
        }
        var actual = LocalClustering.Compute(g);
        long triangles = 0, triples = 0;
        for (var u = 0; u < size; u++)
        {
            double t = 0;
            var d = 0;
            for (var v = 0; v < size; v++)
            {
                if (v == u || w[u, v] == 0) continue;
                d++;
                for (var x = v + 1; x < size; x++)
                {
                    if (x == u || w[u, x] == 0 || w[v, x] == 0) continue;
                    t += weighted ? Math.Cbrt(w[u, v] / max * (w[v, x] / max) * (w[x, u] / max)) : 1;
                    if (!weighted) triangles++;
                }
            }
            triples += (long)d * (d - 1);
            var expected = t == 0 ? 0 : 2 * t / ((double)d * (d - 1));
            if (Math.Abs(actual[u] - expected) > 1e-12) return false.Label($"node {u}: {actual[u]} vs {expected}");
        }
        if (weighted) return true.ToProperty();
        var transitivity = triangles == 0 ? 0 : 2.0 * triangles / triples;
        return (Math.Abs(Transitivity.Compute(g) - transitivity) <= 1e-12).Label("transitivity");
    }

    /// <summary>Above 50,000 nodes the count runs on one worker per core with per-worker marks and counts: a sparse
    /// 60,000-node graph with many triangles (clusters of 6 plus random edges) against a neighbour-pair count.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LocalClustering_OnAGraphBigEnoughForTheParallelPath_EqualsNeighbourPairCount(bool weighted)
    {
        const int N = 60_000;
        var rng = new Random(17);
        var b = new GraphBuilder(directed: false, weighted);
        b.EnsureNodes(N);
        for (var c = 0; c < N; c += 6)
            for (var i = c; i < c + 6; i++)
                for (var j = i + 1; j < c + 6; j++)
                    if (rng.NextDouble() < 0.7) b.AddEdge(i, j, weighted ? 1 + rng.Next(9) : 1);
        for (var e = 0; e < 3 * N; e++) b.AddEdge(rng.Next(N), rng.Next(N), weighted ? 1 + rng.Next(9) : 1);
        var g = b.Build();
        double max = 0;
        var weight = new Dictionary<long, double>();
        for (var u = 0; u < N; u++)
        {
            var nb = g.OutNeighbors(u);
            var ws = g.OutWeights(u);
            for (var a = 0; a < nb.Length; a++)
            {
                var x = ws.IsEmpty ? 1 : ws[a];
                weight[((long)u * N) + nb[a]] = x;
                max = Math.Max(max, x);
            }
        }
        var actual = LocalClustering.Compute(g);
        long triangles = 0, triples = 0;
        for (var u = 0; u < N; u++)
        {
            var nb = g.OutNeighbors(u).ToArray().Where(v => v != u).ToArray();
            double t = 0;
            for (var i = 0; i < nb.Length; i++)
                for (var j = i + 1; j < nb.Length; j++)
                {
                    if (!weight.TryGetValue(((long)nb[i] * N) + nb[j], out var wij)) continue;
                    t += weighted ? Math.Cbrt(weight[((long)u * N) + nb[i]] / max * (wij / max) * (weight[((long)u * N) + nb[j]] / max)) : 1;
                    triangles++;
                }
            triples += (long)nb.Length * (nb.Length - 1);
            var expected = t == 0 ? 0 : 2 * t / ((double)nb.Length * (nb.Length - 1));
            Assert.True(Math.Abs(actual[u] - expected) <= 1e-12, $"node {u}: {actual[u]} vs {expected}");
        }
        Assert.True(triangles > N, "the graph should have many triangles");
        if (!weighted) Assert.Equal(2.0 * (triangles / 3) / triples * 3, Transitivity.Compute(g), 12);
    }
}
