using Mingle.Graph.Paths;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Paths;

public class BallSizesTests
{
    /// <summary>Exact number of nodes within <paramref name="radius"/> of each node, by BFS.</summary>
    static int[] ExactBalls(Graph g, int radius)
    {
        var sizes = new int[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++)
            sizes[v] = Bfs.Distances(g, v).Count(d => d >= 0 && d <= radius);
        return sizes;
    }

    static (double Mean, double Worst) RelativeErrors(float[] estimate, int[] exact)
    {
        var errors = exact.Select((x, v) => Math.Abs(estimate[v] - x) / x).ToArray();
        return (errors.Average(), errors.Max());
    }

    /// <summary>20 planted blocks of 50: three-hop balls of a few hundred nodes. With 256 registers HyperLogLog's
    /// standard error is 1.04 / 16 = 6.5 %, so the mean absolute error stays under 8 % and no node is off by 30 %; at
    /// every radius from 1 to 3.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Estimates_AreWithinHyperLogLogError_OfExactBallSizes(int radius)
    {
        var g = TestGraphs.PlantedPartition(20, 50, 0.08, 0.004, seed: 5);
        var (mean, worst) = RelativeErrors(BallSizes.Estimate(g, radius, seed: 1), ExactBalls(g, radius));
        Assert.True(mean < 0.08, $"mean relative error {mean:F3}");
        Assert.True(worst < 0.3, $"worst relative error {worst:F3}");
    }

    [Fact]
    public void MoreRegisters_GiveSmallerErrors()
    {
        var g = TestGraphs.PlantedPartition(20, 50, 0.08, 0.004, seed: 5);
        var exact = ExactBalls(g, 3);
        var coarse = RelativeErrors(BallSizes.Estimate(g, 3, registers: 32, seed: 2), exact).Mean;
        var fine = RelativeErrors(BallSizes.Estimate(g, 3, registers: 1024, seed: 2), exact).Mean;
        Assert.True(fine < coarse / 2, $"1024 registers {fine:F3}, 32 registers {coarse:F3}");
    }

    /// <summary>A directed path 0 → 1 → … → 5: balls follow out-arcs, so node 0 reaches 4 nodes within 3 steps and
    /// node 5 only itself; small balls fall in the linear-counting range, which is near exact.</summary>
    [Fact]
    public void DirectedPath_FollowsOutArcs_AndSmallBallsAreNearExact()
    {
        var b = new GraphBuilder(directed: true, weighted: false);
        for (var i = 0; i < 5; i++) b.AddEdge(i, i + 1);
        var g = b.Build();
        var sizes = BallSizes.Estimate(g, 3);
        int[] expected = [4, 4, 4, 3, 2, 1];
        for (var v = 0; v < 6; v++) Assert.InRange(sizes[v], expected[v] - 0.2, expected[v] + 0.2);
        Assert.Equal(sizes, BallSizes.Estimate(g, 3));
        Assert.All(BallSizes.Estimate(g, 0), s => Assert.InRange(s, 0.8, 1.2));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(100)]
    [InlineData(8192)]
    public void Registers_MustBeAPowerOfTwoFrom32To4096(int registers)
    {
        var g = TestGraphs.Random(30, 0.1, seed: 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => BallSizes.Estimate(g, 2, registers));
    }

    /// <summary>600,000 nodes × 4,096 registers is more than one array can hold: a clear argument error, not an
    /// overflow.</summary>
    [Fact]
    public void TooManyRegistersForTheNodes_IsRejected()
    {
        var b = new GraphBuilder(directed: false, weighted: false);
        b.EnsureNodes(600_000);
        var g = b.Build();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BallSizes.Estimate(g, 1, 4096));
        Assert.Contains("fewer registers", error.Message, StringComparison.Ordinal);
    }
}
