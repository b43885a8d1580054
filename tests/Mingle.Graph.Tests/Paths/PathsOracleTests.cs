using Mingle.Graph.Paths;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Paths;

public class PathsOracleTests
{
    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void Distances_MatchNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        var expected = NetworkX.NodeValues("distances", g, "source=" + g.Key(0));
        var actual = new double[g.NodeCount];
        if (g.IsWeighted)
        {
            actual = Dijkstra.Distances(g, 0);
        }
        else
        {
            var d = Bfs.Distances(g, 0);
            for (var v = 0; v < d.Length; v++) actual[v] = d[v];
        }
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (expected.TryGetValue(g.Key(v), out var e)) Assert.Equal(e, actual[v]);
            else Assert.True(double.IsPositiveInfinity(actual[v]) || actual[v] == -1, $"{g.Key(v)} should be unreachable");
        }
    }
}
