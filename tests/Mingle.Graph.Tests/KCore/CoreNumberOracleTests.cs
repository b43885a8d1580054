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
