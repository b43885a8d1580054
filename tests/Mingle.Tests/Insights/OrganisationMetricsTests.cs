using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Mingle.Insights;
using Mingle.Network;

namespace Mingle.Tests.Insights;

public class OrganisationMetricsTests
{
    static readonly DateTime End = new(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void HandComputedOrganisation_SizeDensityBreadthCrossShareAndEI()
    {
        // Division D with departments X (people 0-2) and Y (3-5): X is a triangle, Y a path 3-4-5, one bridge 2-3.
        var org = new Planted();
        var d = org.Unit("D");
        var x = org.Unit("X", d);
        var y = org.Unit("Y", d);
        org.People(x, 3);
        org.People(y, 3);
        org.Tie(0, 1);
        org.Tie(1, 2);
        org.Tie(0, 2);
        org.Tie(3, 4);
        org.Tie(4, 5);
        org.Tie(2, 3);

        var s = org.Compute().Summary;

        Assert.Equal(6, s.Size);
        Assert.Equal(6, s.Ties);
        Assert.Equal(6 / 15.0, s.Density, 12); // 6 of 15 possible pairs
        Assert.Equal(2.0, s.AverageNetworkSize, 12); // 12 tie ends / 6 people
        Assert.Equal(2 / 6.0, s.AverageBreadth, 12); // people 2 and 3 reach one other department
        Assert.Equal(1 / 6.0, s.CrossUnitShare, 12);
        Assert.Equal((1 - 5) / 6.0, s.EIIndex, 12);
        Assert.Equal(1, s.Roles["peripheral"]); // person 5 has one tie
    }

    [Fact]
    public void OrganisationMetrics_MatchNetworkX()
    {
        var rng = new Random(5);
        var org = new Planted();
        var root = org.Unit("Company");
        var departments = new[] { org.Unit("A", root), org.Unit("B", root), org.Unit("C", root) };
        foreach (var dep in departments) org.People(dep, 9);
        var acc = new TieAccumulator(org.Count, 90, new InsightsOptions());
        for (var a = 0; a < org.Count; a++)
            for (var b = a + 1; b < org.Count; b++)
            {
                var same = a / 9 == b / 9;
                if (rng.NextDouble() > (same ? 0.55 : 0.08)) continue;
                var times = 2 + rng.Next(4);
                for (var t = 0; t < times; t++) acc.AddInteraction(a, b, rng.Next(20), InteractionType.Meeting);
            }
        var ties = acc.Build();
        var insights = NetworkInsights.Compute(org.Org(), ties, 90, End, 5, CancellationToken.None);

        var oracle = Oracle(ties, insights.FormalPartition);

        var s = insights.Summary;
        Assert.Equal(oracle["density"], s.Density, 12);
        Assert.Equal(oracle["modularity"], s.FormalModularity, 6); // float weights
        Assert.Equal(oracle["ei"], s.EIIndex, 12);
        for (var v = 0; v < org.Count; v++)
        {
            Assert.Equal(oracle[$"betweenness:{v}"], insights.Metrics.Betweenness[v], 9);
            Assert.Equal(oracle[$"constraint:{v}"], insights.Metrics.Constraint[v], 5);
        }
        Assert.InRange(s.InformalModularity, s.FormalModularity - 1e-9, 1); // Leiden finds at least the org chart's modularity here
        Assert.InRange(s.Nmi, 0.5, 1); // the planted departments are the real communities
    }

    static Dictionary<string, double> Oracle(TieSet ties, int[] department)
    {
        var g = ties.Graph;
        var edges = new List<double[]>();
        for (var v = 0; v < g.NodeCount; v++)
        {
            var weights = g.OutWeights(v);
            var neighbours = g.OutNeighbors(v);
            for (var i = 0; i < neighbours.Length; i++)
                if (neighbours[i] > v) edges.Add([v, neighbours[i], weights[i]]);
        }
        var file = Path.Combine(Path.GetTempPath(), $"mingle-insights-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(new { nodes = g.NodeCount, edges, department }));
        try
        {
            var psi = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Insights", "insights_oracle.py"));
            psi.ArgumentList.Add(file);
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, stderr.Result);
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split('\t'))
                .ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
