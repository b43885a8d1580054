using System.Globalization;
using Mingle.Graph.Communities;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Communities;

public class CommunityDetectionTests
{
    [Theory]
    [MemberData(nameof(CommunityTestGraphs.All), MemberType = typeof(CommunityTestGraphs))]
    public void LouvainAndLeiden_ReachAtLeast98PercentOfNetworkXLouvain(string name)
    {
        // Both sides are randomised: compare mean modularity over the same number of seeds.
        const int Seeds = 5;
        var g = CommunityTestGraphs.Get(name);
        var reference = double.Parse(
            NetworkX.Run("Communities/communities_oracle.py", g, "louvain", "seeds=" + Seeds).Trim(), CultureInfo.InvariantCulture);

        double louvain = 0, leiden = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var l = Louvain.Detect(g, seed: seed);
            var d = Leiden.Detect(g, seed: seed);
            AssertValid(g, l);
            AssertValid(g, d);
            louvain += l.Modularity / Seeds;
            leiden += d.Modularity / Seeds;
        }
        Assert.True(louvain >= 0.98 * reference - 1e-12, $"louvain: mean modularity {louvain:R} below 98% of networkx's {reference:R}");
        Assert.True(leiden >= 0.98 * reference - 1e-12, $"leiden: mean modularity {leiden:R} below 98% of networkx's {reference:R}");
    }

    [Theory]
    [InlineData("karate", 0.5)]
    [InlineData("planted-8x40", 2.0)]
    [InlineData("dgnp-60-0.06-w", 1.5)]
    public void LouvainAndLeiden_WithResolution_ReachNetworkXQuality(string name, double resolution)
    {
        var g = CommunityTestGraphs.Get(name);
        var reference = double.Parse(NetworkX.Run("Communities/communities_oracle.py", g, "louvain", "seeds=5",
            "resolution=" + resolution.ToString("R", CultureInfo.InvariantCulture)).Trim(), CultureInfo.InvariantCulture);
        var louvain = Louvain.Detect(g, resolution, seed: 1);
        var leiden = Leiden.Detect(g, resolution, seed: 1);
        AssertValid(g, louvain, resolution);
        AssertValid(g, leiden, resolution);
        Assert.True(louvain.Modularity >= 0.98 * reference, $"louvain {louvain.Modularity:R} vs networkx {reference:R}");
        Assert.True(leiden.Modularity >= 0.98 * reference, $"leiden {leiden.Modularity:R} vs networkx {reference:R}");
    }

    [Fact]
    public void PlantedPartition_IsRecoveredExactly()
    {
        // Dense blocks with very few cross edges: the planted blocks are the modularity optimum.
        var g = TestGraphs.PlantedPartition(6, 30, 0.5, 0.005, seed: 3);
        foreach (var p in new[] { Louvain.Detect(g), Leiden.Detect(g) })
        {
            Assert.Equal(6, p.CommunityCount);
            for (var v = 0; v < g.NodeCount; v++)
            {
                Assert.True(g.TryGetNode("n" + v, out var node));
                Assert.True(g.TryGetNode("n" + (v / 30 * 30), out var first));
                Assert.Equal(p.Membership[first], p.Membership[node]);
            }
        }
    }

    [Fact]
    public void Detect_SameSeed_GivesSamePartition()
    {
        var g = CommunityTestGraphs.Get("scalefree-150-2-w");
        Assert.Equal(Louvain.Detect(g, seed: 5).Membership, Louvain.Detect(g, seed: 5).Membership);
        Assert.Equal(Leiden.Detect(g, seed: 5).Membership, Leiden.Detect(g, seed: 5).Membership);
    }

    [Fact]
    public void Detect_CancelledToken_Throws()
    {
        var g = CommunityTestGraphs.Get("karate");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Louvain.Detect(g, cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Leiden.Detect(g, cancellationToken: cts.Token));
    }

    [Fact]
    public void Detect_EmptyAndEdgelessGraphs_GiveSingletons()
    {
        var empty = new GraphBuilder(false, false).Build();
        Assert.Equal(0, Louvain.Detect(empty).CommunityCount);
        Assert.Equal(0, Leiden.Detect(empty).CommunityCount);
        var b = new GraphBuilder(false, false);
        b.EnsureNodes(4);
        var isolates = b.Build();
        Assert.Equal([0, 1, 2, 3], Louvain.Detect(isolates).Membership);
        Assert.Equal([0, 1, 2, 3], Leiden.Detect(isolates).Membership);
    }

    internal static void AssertValid(Graph g, Partition p, double resolution = 1.0)
    {
        Assert.Equal(g.NodeCount, p.Membership.Length);
        var used = new bool[p.CommunityCount];
        foreach (var c in p.Membership)
        {
            Assert.InRange(c, 0, p.CommunityCount - 1);
            used[c] = true;
        }
        Assert.All(used, Assert.True);
        Assert.Equal(Modularity.Compute(g, p.Membership, resolution), p.Modularity, 1e-12);
    }
}
