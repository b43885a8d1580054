using Mingle.Graph.KCore;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.KCore;

public class CoreNumberOracleTests
{
    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void CoreNumber_MatchesNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        NetworkX.AssertClose(g, NetworkX.NodeValues("kcore", g), Array.ConvertAll(CoreNumber.Compute(g), x => (double)x), 0);
    }
}

public class CoreNumberPeelingTests
{
    /// <summary>From 50,000 nodes the core numbers come from parallel peeling; networkx must agree on a 60,000-node
    /// planted partition, undirected and directed, node for node.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ParallelPeeling_OnALargeGraph_MatchesNetworkX(bool directed)
    {
        var rng = new Random(directed ? 7 : 3);
        var b = new GraphBuilder(directed, weighted: false);
        b.EnsureNodes(60_000);
        for (var v = 0; v < 60_000; v++)
        {
            var block = v / 100 * 100;
            for (var e = 0; e < 5; e++)
            {
                var u = e < 4 ? block + rng.Next(100) : rng.Next(60_000);
                if (u != v) b.AddEdge(v, u);
            }
        }
        var g = b.Build();
        NetworkX.AssertClose(g, NetworkX.NodeValues("kcore", g), Array.ConvertAll(CoreNumber.Compute(g), x => (double)x), 0);
    }
}
