using System.Diagnostics;
using System.Globalization;
using System.Text;
using Mingle.Mentoring;
using static Mingle.Tests.Mentoring.MentoringPlannerTests;

namespace Mingle.Tests.Mentoring;

/// <summary>
/// On small random cohorts the planner's assignment must assign as many mentees and score as much in total as
/// networkx's max_flow_min_cost on the same capacitated network (source → mentor (capacity) → mentee (1) → sink,
/// cost −4 × score: every score is a multiple of 1/4, so the costs are exact integers).
/// </summary>
public sealed class MentoringOptimalityTests
{
    const string Oracle = """
        import json, sys
        import networkx as nx
        for case in json.load(sys.stdin):
            g = nx.DiGraph()
            g.add_node("s"); g.add_node("t")
            for m, cap in enumerate(case["caps"]):
                g.add_edge("s", ("m", m), capacity=cap, weight=0)
            for e in range(case["mentees"]):
                g.add_edge(("e", e), "t", capacity=1, weight=0)
            for m, e, w in case["pairs"]:
                g.add_edge(("m", m), ("e", e), capacity=1, weight=-w)
            flow = nx.max_flow_min_cost(g, "s", "t")
            value = sum(flow["s"].values())
            print(value, -nx.cost_of_flow(g, flow))
        """;

    [Fact]
    public void Plan_SmallRandomCohorts_MatchNetworkXOptimum()
    {
        var cases = new List<(MentoringRequest Request, MentoringPlan Plan, int[] Caps, List<(int, int, int)> Pairs)>();
        for (var seed = 1; seed <= 40; seed++)
        {
            var rng = new Random(seed);
            var mentorCount = rng.Next(2, 7);
            var menteeCount = rng.Next(3, 13);
            Dictionary<int, int> Skills() => Enumerable.Range(0, rng.Next(0, 4)).Select(_ => rng.Next(1, 7)).Distinct().ToDictionary(s => s, _ => rng.Next(0, 6));
            string[] Words() => [.. Enumerable.Range(0, rng.Next(0, 5)).Select(_ => "word" + rng.Next(8)).Distinct()];
            var mentors = Enumerable.Range(0, mentorCount).Select(i => Mentor(100 + i, level: rng.Next(3, 9), unit: rng.Next(1, 4),
                capacity: rng.Next(1, 4), skills: Skills(), words: Words(),
                prefs: rng.Next(3) == 0 ? [200 + rng.Next(menteeCount)] : [])).ToArray();
            var mentees = Enumerable.Range(0, menteeCount).Select(i => Mentee(200 + i, level: rng.Next(1, 7), unit: rng.Next(1, 4),
                skills: Skills(), words: Words(),
                chain: rng.Next(5) == 0 ? [100 + rng.Next(mentorCount)] : [],
                prefs: [.. Enumerable.Range(0, rng.Next(0, 4)).Select(_ => 100 + rng.Next(mentorCount)).Distinct()],
                blocks: rng.Next(8) == 0 ? [100 + rng.Next(mentorCount)] : [])).ToArray();
            var request = new MentoringRequest(mentors, mentees, new MentoringRules(), new Dictionary<int, string>());
            var pairs = new List<(int, int, int)>();
            for (var m = 0; m < mentors.Length; m++)
                for (var e = 0; e < mentees.Length; e++)
                    if (MentoringPlanner.WhyNot(request.Rules, mentors[m], mentees[e]) is null)
                        pairs.Add((m, e, checked((int)(MentoringPlanner.Score(request, mentors[m], mentees[e]).Score * 4))));
            cases.Add((request, MentoringPlanner.Plan(request), [.. mentors.Select(m => m.Capacity)], pairs));
        }
        var answers = RunNetworkX(cases.Select(c => (c.Caps, c.Request.Mentees.Count, c.Pairs)));
        for (var c = 0; c < cases.Count; c++)
        {
            var (request, plan, _, _) = cases[c];
            Assert.Equal(answers[c].Assigned, plan.Pairs.Count);
            Assert.Equal(answers[c].Score4, (long)(plan.TotalScore * 4));
            // and the plan itself keeps every rule
            foreach (var group in plan.Pairs.GroupBy(p => p.MentorId))
                Assert.True(group.Count() <= request.Mentors.Single(m => m.PersonId == group.Key).Capacity);
            Assert.All(plan.Pairs, p => Assert.Null(MentoringPlanner.WhyNot(request.Rules,
                request.Mentors.Single(m => m.PersonId == p.MentorId), request.Mentees.Single(m => m.PersonId == p.MenteeId))));
            Assert.Equal(request.Mentees.Count, plan.Pairs.Count + plan.Unassigned.Count);
        }
        Assert.Contains(cases, c => c.Plan.Unassigned.Count > 0);
    }

    static List<(int Assigned, long Score4)> RunNetworkX(IEnumerable<(int[] Caps, int Mentees, List<(int, int, int)> Pairs)> cases)
    {
        var json = new StringBuilder("[");
        foreach (var (caps, mentees, pairs) in cases)
        {
            if (json.Length > 1) json.Append(',');
            json.Append(CultureInfo.InvariantCulture, $"{{\"caps\":[{string.Join(',', caps)}],\"mentees\":{mentees},\"pairs\":[");
            json.AppendJoin(',', pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p.Item1},{p.Item2},{p.Item3}]")));
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
        return [.. lines.Select(l => l.Split(' ')).Select(x => (int.Parse(x[0], CultureInfo.InvariantCulture), long.Parse(x[1], CultureInfo.InvariantCulture)))];
    }
}
