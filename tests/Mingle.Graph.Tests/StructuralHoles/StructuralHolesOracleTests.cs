using Mingle.Graph.StructuralHoles;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.StructuralHoles;

public class StructuralHolesOracleTests
{
    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void Constraint_MatchesNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        NetworkX.AssertClose(g, NetworkX.NodeValues("constraint", g), Constraint.Compute(g));
    }

    [Theory]
    [MemberData(nameof(TestGraphs.All), MemberType = typeof(TestGraphs))]
    public void EffectiveSize_MatchesNetworkX(string name)
    {
        var g = TestGraphs.Get(name);
        NetworkX.AssertClose(g, NetworkX.NodeValues("effective_size", g), EffectiveSize.Compute(g));
    }
}
