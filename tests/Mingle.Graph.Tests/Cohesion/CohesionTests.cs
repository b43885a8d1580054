using System.Globalization;
using Mingle.Graph.Cohesion;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Cohesion;

public class CohesionTests
{
    const string Script = "Cohesion/cohesion_oracle.py";

    static Graph RandomGraph(bool directed, int n, int arcs, int seed, bool selfLoops)
    {
        var random = new Random(seed);
        var b = new GraphBuilder(directed, weighted: false);
        for (var v = 0; v < n; v++) b.AddNode("n" + v.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < arcs; i++)
        {
            var s = random.Next(n);
            var t = random.Next(n);
            if (s == t && !selfLoops) continue;
            b.AddEdgeBetween(s, t);
        }
        return b.Build();
    }

    [Theory]
    [InlineData(true, 12, 30, 1, false)]
    [InlineData(true, 40, 200, 2, true)]
    [InlineData(true, 5, 20, 3, false)]
    [InlineData(false, 30, 80, 4, false)]
    [InlineData(false, 2, 1, 5, false)]
    public void DensityAndReciprocity_MatchNetworkX(bool directed, int n, int arcs, int seed, bool selfLoops)
    {
        var g = RandomGraph(directed, n, arcs, seed, selfLoops);
        var expected = NetworkX.Run(Script, g).Trim().Split('\t')
            .Select(s => s == "nan" ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(expected[0], Density.Compute(g), 12);
        if (directed) Assert.Equal(expected[1], Reciprocity.Compute(g), 12);
    }

    [Fact]
    public void Reciprocity_HandComputed_TwoOfThreeArcsAreMutual()
    {
        var b = new GraphBuilder(directed: true, weighted: false);
        b.AddEdge(0, 1);
        b.AddEdge(1, 0);
        b.AddEdge(1, 2);
        var g = b.Build();
        Assert.Equal(2.0 / 3, Reciprocity.Compute(g), 12);
        Assert.Equal(3.0 / 6, Density.Compute(g), 12);
    }

    [Fact]
    public void Reciprocity_WithoutArcs_IsNaN() =>
        Assert.True(double.IsNaN(Reciprocity.Compute(new GraphBuilder(true, false) { }.Build())));
}
