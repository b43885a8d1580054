using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.OracleChecks;

public class OracleSmokeTests
{
    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void Degree_MatchesNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        var expected = NetworkX.NodeValues("degree", g);
        var actual = new double[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++) actual[v] = g.OutDegree(v) + (g.IsDirected ? g.InDegree(v) : 0);
        NetworkX.AssertClose(g, expected, actual, 0);
    }
}
