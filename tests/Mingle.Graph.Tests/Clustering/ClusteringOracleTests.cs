using Mingle.Graph.Clustering;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Clustering;

public class ClusteringOracleTests
{
    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void LocalClustering_MatchesNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        NetworkX.AssertClose(g, NetworkX.NodeValues("clustering", g), LocalClustering.Compute(g));
    }

    [Theory]
    [MemberData(nameof(TestGraphs.Undirected), MemberType = typeof(TestGraphs))]
    public void Transitivity_MatchesNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        var expected = NetworkX.NodeValues("transitivity", g)["value"];
        Assert.Equal(expected, Transitivity.Compute(g), 1e-12);
    }
}
