using System.Globalization;
using Mingle.Graph.Paths;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Paths;

public class BoundedDijkstraTests
{
    [Theory]
    [InlineData("karate", 2.0)]
    [InlineData("les_miserables", 3.0)]
    [InlineData("les_miserables", double.PositiveInfinity)]
    public void Distances_WithCutoff_MatchNetworkX(string classic, double cutoff)
    {
        var g = NetworkX.Classic(classic, weighted: classic != "karate");
        var args = new List<string> { "source=" + g.Key(0) };
        if (!double.IsPositiveInfinity(cutoff)) args.Add("cutoff=" + cutoff.ToString(CultureInfo.InvariantCulture));
        var expected = NetworkX.NodeValues("distances", g, [.. args]);
        var search = new BoundedDijkstra(g);

        search.Run(0, cutoff);

        for (var v = 0; v < g.NodeCount; v++)
        {
            if (expected.TryGetValue(g.Key(v), out var e)) Assert.Equal(e, search.Distance(v), 9);
            else Assert.True(double.IsPositiveInfinity(search.Distance(v)), $"{g.Key(v)} is beyond the cutoff");
        }
    }

    [Fact]
    public void PathTo_IsAShortestPathMadeOfEdges_AndBuffersResetBetweenRuns()
    {
        var g = NetworkX.Classic("les_miserables");
        var search = new BoundedDijkstra(g);
        search.Run(5);
        var full = Dijkstra.Distances(g, 3);

        search.Run(3);

        for (var target = 0; target < g.NodeCount; target++)
        {
            var path = search.PathTo(target);
            if (double.IsPositiveInfinity(full[target])) { Assert.Empty(path); continue; }
            Assert.Equal(3, path[0]);
            Assert.Equal(target, path[^1]);
            var length = 0.0;
            for (var i = 1; i < path.Count; i++)
            {
                var nbrs = g.OutNeighbors(path[i - 1]);
                var at = nbrs.IndexOf(path[i]);
                Assert.True(at >= 0, "consecutive path nodes must be adjacent");
                length += g.OutWeights(path[i - 1])[at];
            }
            Assert.Equal(full[target], length, 9);
            Assert.Equal(full[target], search.Distance(target), 9);
        }
    }

    [Fact]
    public void Run_WithTargets_StopsOnceAllAreSettled()
    {
        // A path 0-1-2-…-9: asking for node 2 settles 0, 1 and 2 only.
        var b = new GraphBuilder(directed: false, weighted: false);
        for (var v = 0; v < 9; v++) b.AddEdge(v, v + 1);
        var search = new BoundedDijkstra(b.Build());

        var settled = search.Run(0, targets: [2]);

        Assert.Equal(3, settled);
        Assert.Equal([0, 1, 2], search.PathTo(2));
        Assert.True(double.IsPositiveInfinity(search.Distance(5)));
    }

    [Theory]
    [InlineData(1, 4.8)]
    [InlineData(2, 2.0)]
    [InlineData(3, 40.0)]
    public void BucketSearch_WithAFiniteCutoff_GivesTheHeapsDistancesAndValidPaths(int seed, double cutoff)
    {
        // Costs like the warm-path graph (0.6 and 1) plus an odd one, on a random sparse graph.
        var random = new Random(seed);
        var b = new GraphBuilder(directed: false, weighted: true);
        b.EnsureNodes(400);
        double[] costs = [0.6, 1.0, 1.7];
        for (var i = 0; i < 1200; i++)
        {
            var (u, v) = (random.Next(400), random.Next(400));
            if (u != v) b.AddEdge(u, v, costs[random.Next(costs.Length)]);
        }
        var g = b.Build();
        var heap = new BoundedDijkstra(g);
        var buckets = new BoundedDijkstra(g);
        for (var source = 0; source < 400; source += 37)
        {
            heap.Run(source); // no cutoff: always the binary heap
            var settled = buckets.Run(source, cutoff); // finite cutoff over few multiples of 0.6: buckets

            var within = 0;
            for (var v = 0; v < g.NodeCount; v++)
            {
                var expected = heap.Distance(v) <= cutoff ? heap.Distance(v) : double.PositiveInfinity;
                Assert.Equal(expected, buckets.Distance(v), 9);
                if (double.IsPositiveInfinity(expected)) { Assert.Empty(buckets.PathTo(v)); continue; }
                within++;
                var path = buckets.PathTo(v);
                var length = 0.0;
                for (var i = 1; i < path.Count; i++)
                {
                    var at = g.OutNeighbors(path[i - 1]).IndexOf(path[i]);
                    Assert.True(at >= 0, "consecutive path nodes must be adjacent");
                    length += g.OutWeights(path[i - 1])[at];
                }
                Assert.Equal(expected, length, 9);
            }
            Assert.Equal(within, settled);
        }
    }
}
