using System.Globalization;
using System.Text;
using System.Text.Json;
using Mingle.Graph.Matching;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Matching;

public class FlowTests
{
    sealed record FlowInstance(int N, List<int[]> Arcs, int Source, int Sink, long[]? Demand);

    sealed record BInstance(int[] Capacity, int Right, List<int[]> Pairs);

    /// <summary>Random networks without parallel arcs (networkx's DiGraph cannot hold them). Odd seeds use
    /// negative costs on an acyclic network, where min-cost flow is still well defined.</summary>
    static FlowInstance RandomFlow(int seed)
    {
        var rng = new Random(seed * 104729);
        var n = rng.Next(4, 15);
        var acyclic = seed % 2 == 1;
        var arcs = new List<int[]>();
        var seen = new HashSet<(int, int)>();
        var count = rng.Next(n, 4 * n);
        for (var i = 0; i < count; i++)
        {
            var u = rng.Next(n);
            var v = rng.Next(n);
            if (u == v) continue;
            if (acyclic && u > v) (u, v) = (v, u);
            if (!seen.Add((u, v))) continue;
            arcs.Add([u, v, rng.Next(1, 7), acyclic ? rng.Next(-5, 10) : rng.Next(0, 10)]);
        }
        long[]? demand = null;
        if (seed % 3 == 0)
        {
            demand = new long[n];
            for (var k = 0; k < 3; k++)
            {
                var amount = rng.Next(1, 4);
                demand[rng.Next(n)] -= amount;
                demand[rng.Next(n)] += amount;
            }
        }
        return new FlowInstance(n, arcs, 0, n - 1, demand);
    }

    static BInstance RandomAssignment(int seed)
    {
        var rng = new Random(seed * 7727);
        var left = rng.Next(1, 6);
        var right = rng.Next(1, 12);
        var capacity = new int[left];
        for (var i = 0; i < left; i++) capacity[i] = rng.Next(0, 4);
        var pairs = new List<int[]>();
        for (var l = 0; l < left; l++)
            for (var r = 0; r < right; r++)
                if (rng.NextDouble() < 0.5) pairs.Add([l, r, rng.Next(seed % 2 == 0 ? -3 : 1, 20)]);
        return new BInstance(capacity, right, pairs);
    }

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    static string[] RunOracle(object instances, string mode)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mingle-flow-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, JsonSerializer.Serialize(instances, Json));
            return NetworkX.RunRaw("Matching/matching_oracle.py", path, mode).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MinCostFlow_MatchesNetworkXOnRandomNetworks()
    {
        var instances = Enumerable.Range(1, 60).Select(RandomFlow).ToList();
        var expected = RunOracle(instances, "flow");
        var failures = new StringBuilder();
        var feasibleDemands = 0;
        var infeasibleDemands = 0;
        for (var i = 0; i < instances.Count; i++)
        {
            var inst = instances[i];
            var parts = expected[i].Split('\t');
            var network = Build(inst);
            var result = network.MaxFlowMinCost(inst.Source, inst.Sink);
            CheckConservation(inst, network, result.Flow);
            if (result.Flow != long.Parse(parts[0], CultureInfo.InvariantCulture)
                || result.Cost != double.Parse(parts[1], CultureInfo.InvariantCulture))
                failures.AppendLine(CultureInfo.InvariantCulture, $"#{i + 1}: got {result.Flow}/{result.Cost}, networkx {parts[0]}/{parts[1]}");
            if (inst.Demand is null) continue;
            var withDemand = Build(inst);
            string actual;
            try
            {
                actual = withDemand.SolveDemands(inst.Demand).ToString("R", CultureInfo.InvariantCulture);
            }
            catch (InvalidOperationException)
            {
                actual = "unfeasible";
            }
            if (parts[2] == "unfeasible") infeasibleDemands++;
            else feasibleDemands++;
            if (actual != parts[2]) failures.AppendLine(CultureInfo.InvariantCulture, $"#{i + 1} demands: got {actual}, networkx {parts[2]}");
        }
        Assert.True(failures.Length == 0, failures.ToString());
        // The generator must exercise both outcomes of the demand problem.
        Assert.True(feasibleDemands > 0 && infeasibleDemands > 0, $"feasible {feasibleDemands}, infeasible {infeasibleDemands}");
    }

    [Fact]
    public void BMatching_MatchesNetworkXOnExpandedGraphs()
    {
        var instances = Enumerable.Range(1, 60).Select(RandomAssignment).ToList();
        var expected = RunOracle(instances, "bmatching");
        for (var i = 0; i < instances.Count; i++)
        {
            var inst = instances[i];
            var parts = expected[i].Split('\t');
            var pairs = inst.Pairs.Select(p => new ScoredPair(p[0], p[1], p[2])).ToArray();
            var free = BMatching.Solve(inst.Capacity, inst.Right, pairs);
            var full = BMatching.Solve(inst.Capacity, inst.Right, pairs, requireFullAssignment: true);
            CheckAssignment(inst, free);
            CheckAssignment(inst, full);
            Assert.Equal(double.Parse(parts[0], CultureInfo.InvariantCulture), free.TotalScore);
            Assert.Equal(double.Parse(parts[1], CultureInfo.InvariantCulture), full.TotalScore);
            Assert.Equal(int.Parse(parts[2], CultureInfo.InvariantCulture), full.AssignedCount);
        }
    }

    [Fact]
    public void BMatching_MentorWithCapacityTwo_TakesBothBestMentees()
    {
        // Mentor 0 (capacity 2) scores 5 and 4 with mentees 0 and 1; mentor 1 (capacity 1) scores 3 with mentee 0
        // and 1 with mentee 2. Best: 0→{0,1}, 1→{2} = 10 (giving mentee 0 to mentor 1 yields only 3 + 4 + 0 = 7).
        var pairs = new[] { new ScoredPair(0, 0, 5), new ScoredPair(0, 1, 4), new ScoredPair(1, 0, 3), new ScoredPair(1, 2, 1) };
        var result = BMatching.Solve([2, 1], 3, pairs);
        Assert.Equal(10, result.TotalScore);
        Assert.Equal([0, 0, 1], result.LeftOf);
    }

    [Fact]
    public void BMatching_NegativeScores_AreOnlyUsedWhenFullAssignmentIsRequired()
    {
        var pairs = new[] { new ScoredPair(0, 0, 2), new ScoredPair(0, 1, -1) };
        Assert.Equal([0, -1], BMatching.Solve([2], 2, pairs).LeftOf);
        var full = BMatching.Solve([2], 2, pairs, requireFullAssignment: true);
        Assert.Equal([0, 0], full.LeftOf);
        Assert.Equal(1, full.TotalScore);
    }

    [Fact]
    public void MinCostFlow_TwoRoutes_FillsTheCheaperFirst()
    {
        // s→a→t costs 1+1 with capacity 2; s→b→t costs 2+2 with capacity 3. Sending 4: 2·2 + 2·4 = 12.
        var f = new MinCostFlow(4);
        var sa = f.AddArc(0, 1, 2, 1);
        f.AddArc(1, 3, 5, 1);
        var sb = f.AddArc(0, 2, 3, 2);
        f.AddArc(2, 3, 5, 2);
        var result = f.MaxFlowMinCost(0, 3, flowLimit: 4);
        Assert.Equal(new FlowResult(4, 12), result);
        Assert.Equal(2, f.Flow(sa));
        Assert.Equal(2, f.Flow(sb));
    }

    static MinCostFlow Build(FlowInstance inst)
    {
        var network = new MinCostFlow(inst.N);
        foreach (var a in inst.Arcs) network.AddArc(a[0], a[1], a[2], a[3]);
        return network;
    }

    static void CheckConservation(FlowInstance inst, MinCostFlow network, long value)
    {
        var balance = new long[inst.N];
        for (var k = 0; k < inst.Arcs.Count; k++)
        {
            var flow = network.Flow(k);
            Assert.InRange(flow, 0, inst.Arcs[k][2]);
            balance[inst.Arcs[k][0]] -= flow;
            balance[inst.Arcs[k][1]] += flow;
        }
        for (var v = 0; v < inst.N; v++)
            Assert.Equal(v == inst.Source ? -value : v == inst.Sink ? value : 0, balance[v]);
    }

    static void CheckAssignment(BInstance inst, Assignment a)
    {
        var load = new int[inst.Capacity.Length];
        double total = 0;
        for (var r = 0; r < inst.Right; r++)
        {
            var l = a.LeftOf[r];
            if (l < 0) continue;
            load[l]++;
            var pair = inst.Pairs.Single(p => p[0] == l && p[1] == r);
            total += pair[2];
        }
        for (var l = 0; l < load.Length; l++) Assert.True(load[l] <= inst.Capacity[l]);
        Assert.Equal(total, a.TotalScore);
    }
}
