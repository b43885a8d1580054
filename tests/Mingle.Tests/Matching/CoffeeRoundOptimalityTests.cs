using System.Diagnostics;
using System.Globalization;
using System.Text;
using Mingle.Matching;
using static Mingle.Tests.Matching.CoffeeRoundPlannerTests;

namespace Mingle.Tests.Matching;

/// <summary>
/// On small rounds the candidate graph holds every allowed pair, so the planner's matching must weigh exactly as
/// much as networkx's max_weight_matching (maximum cardinality) on all allowed pairs with the rules' weights.
/// </summary>
public sealed class CoffeeRoundOptimalityTests
{
    const string Oracle = """
        import json, sys
        import networkx as nx
        for case in json.load(sys.stdin):
            g = nx.Graph()
            g.add_nodes_from(range(case["n"]))
            for u, v, w in case["edges"]:
                g.add_edge(u, v, weight=w)
            m = nx.max_weight_matching(g, maxcardinality=True)
            print(len(m), repr(sum(g[u][v]["weight"] for u, v in m)))
        """;

    [Fact]
    public void Plan_SmallRounds_WeighAsMuchAsNetworkX()
    {
        // Both within-round coverage rules off: what is compared is the matching itself, on fixed pair weights.
        var rules = new CoffeeRules { SpreadQuietPairs = false, BridgeUnconnectedPairs = false, CandidatesPerPerson = 40, SamplesPerPerson = 1000, MinOverlapHours = 3 };
        var offsets = new[] { 0, 60, -300, 480, 330 };
        var cases = new List<(CoffeeRoundRequest Request, CoffeeRoundPlan Plan, List<(int, int, double)> Edges, int N)>();
        for (var seed = 1; seed <= 30; seed++)
        {
            var rng = new Random(seed);
            var n = 2 * rng.Next(3, 11);
            var people = Enumerable.Range(0, n).Select(i => P(i, dept: rng.Next(1, 6), location: rng.Next(3), offset: offsets[rng.Next(offsets.Length)],
                level: rng.Next(1, 8), chain: i > 2 && rng.Next(4) == 0 ? [rng.Next(0, i)] : [],
                interests: [.. Enumerable.Range(0, rng.Next(4)).Select(_ => rng.Next(6)).Distinct()],
                blocks: rng.Next(6) == 0 ? [rng.Next(n)] : [])).ToList();
            var recent = new HashSet<long>();
            for (var k = 0; k < n / 2; k++) recent.Add(PairKey.Of(rng.Next(n), rng.Next(n)));
            var density = Density((1, 2, rng.Next(10)), (2, 3, rng.Next(10)), (1, 4, rng.Next(3)));
            var request = new CoffeeRoundRequest(people, density, recent, rules, CoffeeStrategy.SiloAware, seed);
            var edges = new List<(int, int, double)>();
            for (var a = 0; a < n; a++)
                for (var b = a + 1; b < n; b++)
                    if (CoffeeRoundPlanner.IsAllowed(request, a, b))
                        edges.Add((a, b, (float)CoffeeRoundPlanner.PairWeight(request, a, b))); // the graph stores float weights
            cases.Add((request, CoffeeRoundPlanner.Plan(request), edges, n));
        }
        var answers = RunNetworkX(cases.Select(c => (c.N, c.Edges)));
        var compared = 0;
        for (var c = 0; c < cases.Count; c++)
        {
            var (pairs, weight) = answers[c];
            var plan = cases[c].Plan;
            Assert.True(plan.Exact);
            if (pairs * 2 != cases[c].N) continue; // no perfect matching: leftovers go to trios, not comparable
            compared++;
            Assert.All(plan.Groups, g => Assert.Equal(2, g.Members.Length));
            var planned = plan.Groups.Sum(g => (double)(float)g.Weight);
            Assert.Equal(weight, planned, 4);
        }
        Assert.True(compared >= 15, $"only {compared} cases had a perfect matching");
    }

    static List<(int Pairs, double Weight)> RunNetworkX(IEnumerable<(int N, List<(int, int, double)> Edges)> cases)
    {
        var json = new StringBuilder("[");
        foreach (var (n, edges) in cases)
        {
            if (json.Length > 1) json.Append(',');
            json.Append(CultureInfo.InvariantCulture, $"{{\"n\":{n},\"edges\":[");
            json.AppendJoin(',', edges.Select(e => string.Create(CultureInfo.InvariantCulture, $"[{e.Item1},{e.Item2},{e.Item3:R}]")));
            json.Append("]}");
        }
        json.Append(']');
        var psi = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(Oracle);
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(json.ToString());
        p.StandardInput.Close();
        var stderr = p.StandardError.ReadToEndAsync();
        var lines = p.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, stderr.Result);
        return [.. lines.Select(l => l.Split(' ')).Select(x => (int.Parse(x[0], CultureInfo.InvariantCulture), double.Parse(x[1], CultureInfo.InvariantCulture)))];
    }
}
