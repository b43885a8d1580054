using Mingle.Graph;

namespace Mingle.Graph.Tests;

public class GraphBuilderTests
{
    [Fact]
    public void Build_ParallelUndirectedEdges_AreMergedBySummingWeights()
    {
        var b = new GraphBuilder(directed: false, weighted: true);
        b.AddEdge("a", "b", 1.5);
        b.AddEdge("b", "a", 2);
        b.AddEdge("b", "c", 1);
        var g = b.Build();

        Assert.Equal(3, g.NodeCount);
        Assert.Equal(2, g.EdgeCount);
        Assert.True(g.TryGetNode("a", out var a));
        Assert.True(g.TryGetNode("b", out var bn));
        Assert.Equal([bn], g.OutNeighbors(a).ToArray());
        Assert.Equal(3.5f, g.OutWeights(a)[0]);
        Assert.Equal(2, g.OutDegree(bn));
    }

    [Fact]
    public void Build_DirectedWithDropSelfLoops_KeepsInAndOutRows()
    {
        var b = new GraphBuilder(directed: true, weighted: false) { DropSelfLoops = true };
        b.AddEdge(0, 1);
        b.AddEdge(2, 1);
        b.AddEdge(1, 1);
        var g = b.Build();

        Assert.Equal(2, g.EdgeCount);
        Assert.Equal([0, 2], g.InNeighbors(1).ToArray());
        Assert.Equal(0, g.OutDegree(1));
    }
}
