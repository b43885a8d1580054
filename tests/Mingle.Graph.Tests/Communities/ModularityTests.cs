using System.Globalization;
using Mingle.Graph.Communities;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Communities;

public class ModularityTests
{
    [Theory]
    [MemberData(nameof(CommunityTestGraphs.All), MemberType = typeof(CommunityTestGraphs))]
    public void Compute_VariousPartitionsAndResolutions_MatchesNetworkX(string name)
    {
        var g = CommunityTestGraphs.Get(name);
        var n = g.NodeCount;
        var cases = new List<(double Resolution, int[] Labels)>
        {
            (1.0, CommunityTestGraphs.RandomLabels(n, 4, 1)),
            (0.5, CommunityTestGraphs.RandomLabels(n, 3, 2)),
            (2.0, CommunityTestGraphs.RandomLabels(n, 7, 3)),
            (1.0, Enumerable.Range(0, n).ToArray()),
            (1.0, new int[n]),
            (1.0, Louvain.Detect(g).Membership),
        };
        var arg = string.Join(";", cases.Select(c =>
            c.Resolution.ToString("R", CultureInfo.InvariantCulture) + "|" + string.Join(",", c.Labels)));
        var expected = NetworkX.Run("Communities/communities_oracle.py", g, "modularity", "cases=" + arg)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(cases.Count, expected.Length);
        for (var i = 0; i < cases.Count; i++)
        {
            var actual = Modularity.Compute(g, cases[i].Labels, cases[i].Resolution);
            Assert.True(Math.Abs(actual - expected[i]) <= 1e-9, $"case {i}: expected {expected[i]:R}, got {actual:R}");
        }
    }

    [Fact]
    public void Compute_TwoTrianglesJoinedByABridge_IsSixSeventhsMinusHalf()
    {
        // m = 7; each triangle has L_c = 3 and degree sum 7: Q = 2·(3/7 − (7/14)²) = 6/7 − 1/2.
        var b = new GraphBuilder(directed: false, weighted: false);
        foreach (var (u, v) in new[] { (0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3) }) b.AddEdge(u, v);
        var q = Modularity.Compute(b.Build(), [0, 0, 0, 1, 1, 1]);
        Assert.Equal(6.0 / 7 - 0.5, q, 1e-15);
    }

    [Fact]
    public void Compute_MembershipOfWrongLength_Throws()
    {
        var g = TestGraphs.Get("karate");
        Assert.Throws<ArgumentException>(() => Modularity.Compute(g, new int[3]));
    }
}
