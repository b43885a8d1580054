using Mingle.Graph.Components;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Components;

public class ComponentsOracleTests
{
    /// <summary>networkx names each component by its first node (in node order); so do our labels, via the node
    /// that carries each label first.</summary>
    static void AssertSamePartition(Graph g, Dictionary<string, double> firstNodeIndexByKey, int[] labels)
    {
        _ = firstNodeIndexByKey;
        var firstOfLabel = new Dictionary<int, int>();
        for (var v = 0; v < g.NodeCount; v++) firstOfLabel.TryAdd(labels[v], v);
        var actual = new double[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++) actual[v] = firstOfLabel[labels[v]];
        NetworkX.AssertClose(g, firstNodeIndexByKey, actual, 0);
    }

    static Dictionary<string, double> OracleFirstNodes(Graph g, string measure)
    {
        // The oracle prints each node's component representative key; map keys to node indices.
        var text = NetworkX.Run("Oracle/networkx_oracle.py", g, measure);
        var result = new Dictionary<string, double>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            var rep = parts[1].Trim('\'', '"');
            Assert.True(g.TryGetNode(rep, out var r));
            result[parts[0]] = r;
        }
        return result;
    }

    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void WeakComponents_MatchNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        AssertSamePartition(g, OracleFirstNodes(g, "components"), WeakComponents.Compute(g));
    }

    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void StrongComponents_MatchNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        // networkx defines strong components for directed graphs only; undirected ones fall back to connected components.
        AssertSamePartition(g, OracleFirstNodes(g, g.IsDirected ? "scc" : "components"), StrongComponents.Compute(g));
    }

    [Fact]
    public void Labels_AreNumberedByFirstNode()
    {
        var b = new GraphBuilder(directed: true, weighted: false);
        b.AddEdge(0, 3);
        b.AddEdge(3, 0);
        b.AddEdge(1, 2);
        b.EnsureNodes(5);
        var g = b.Build();
        Assert.Equal([0, 1, 1, 0, 2], WeakComponents.Compute(g));
        Assert.Equal([0, 1, 2, 0, 3], StrongComponents.Compute(g));
    }
}
