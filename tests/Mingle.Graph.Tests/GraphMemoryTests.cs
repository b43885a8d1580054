namespace Mingle.Graph.Tests;

public class GraphMemoryTests
{
    /// <summary>The budget: 50 million weighted edges in under 1 GiB. StructureBytes is linear in nodes and
    /// arcs, so a measured small graph extrapolates exactly; 2 million nodes matches the design's largest organisation.</summary>
    [Fact]
    public void FiftyMillionWeightedDirectedEdges_FitUnderOneGiB()
    {
        var b = new GraphBuilder(directed: true, weighted: true);
        const int n = 1000, m = 25_000;
        var rng = new Random(1);
        for (var i = 0; i < m; i++) b.AddEdge(i % n, (i * 7 + rng.Next(1, n)) % n, 1);
        var g = b.Build();
        var perArc = (double)(g.StructureBytes - 2 * 4L * (n + 1)) / g.EdgeCount;
        var fiftyMillion = perArc * 50_000_000 + 2 * 4.0 * (2_000_000 + 1);
        Assert.Equal(16, perArc, 6); // out target + out weight + in target + in weight, 4 bytes each
        Assert.True(fiftyMillion < 1L << 30, $"{fiftyMillion / (1 << 20):F0} MiB");
    }
}
