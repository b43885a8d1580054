using Mingle.Graph.Assortativity;
using Mingle.Graph.Communities;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Communities;

public class LabelPropagationTests
{
    [Fact]
    public void TwoCliquesJoinedByOneEdge_AreTwoCommunities()
    {
        var b = new GraphBuilder(directed: false, weighted: false);
        for (var i = 0; i < 5; i++)
            for (var j = i + 1; j < 5; j++)
            {
                b.AddEdge(i, j);
                b.AddEdge(5 + i, 5 + j);
            }
        b.AddEdge(4, 5);
        var g = b.Build();
        for (var seed = 0; seed < 20; seed++)
        {
            var labels = LabelPropagation.Detect(g, seed);
            Assert.Equal([0, 0, 0, 0, 0, 1, 1, 1, 1, 1], labels);
        }
    }

    [Fact]
    public void PlantedPartition_IsRecovered()
    {
        // 8 blocks of 50, ~12 neighbours inside and ~1.4 outside each.
        var g = TestGraphs.PlantedPartition(8, 50, 0.25, 0.004, seed: 11);
        var planted = new int[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++) planted[v] = int.Parse(g.Key(v)[1..], System.Globalization.CultureInfo.InvariantCulture) / 50;
        var found = LabelPropagation.Detect(g, seed: 3);
        Assert.True(NormalizedMutualInformation.Compute(planted, found) > 0.95);
    }

    [Fact]
    public void IsolatedNodesKeepTheirOwnLabel_AndLabelsAreDenseInNodeOrder()
    {
        var b = new GraphBuilder(directed: false, weighted: false);
        b.EnsureNodes(6);
        b.AddEdge(1, 2);
        b.AddEdge(2, 3);
        b.AddEdge(1, 3);
        var labels = LabelPropagation.Detect(b.Build(), seed: 1);
        Assert.Equal([0, 1, 1, 1, 2, 3], labels);
    }

    [Fact]
    public void SameSeed_SameLabels_AndDirectedGraphsUseBothDirections()
    {
        var g = TestGraphs.PlantedPartition(4, 30, 0.3, 0.01, seed: 5, directed: true);
        Assert.Equal(LabelPropagation.Detect(g, seed: 9), LabelPropagation.Detect(g, seed: 9));
        // A directed 3-cycle and a separate directed 3-cycle: each node has one successor and one predecessor, so
        // only counting both directions lets the labels settle on two communities.
        var b = new GraphBuilder(directed: true, weighted: false);
        b.AddEdge(0, 1); b.AddEdge(1, 2); b.AddEdge(2, 0);
        b.AddEdge(3, 4); b.AddEdge(4, 5); b.AddEdge(5, 3);
        var labels = LabelPropagation.Detect(b.Build(), seed: 2);
        Assert.Equal(2, labels.Distinct().Count());
        Assert.Equal(labels[0], labels[2]);
        Assert.Equal(labels[3], labels[5]);
    }
}
