using System.Diagnostics;
using Mingle.Demo;
using Mingle.Graph.Assortativity;
using GraphBuilder = Mingle.Graph.GraphBuilder;
using TieGraph = Mingle.Graph.Graph;

namespace Mingle.Matching;

/// <summary>
/// The proof that silo-aware rounds break silos: on one demo organisation, runs the same number of rounds with each
/// strategy from the same starting network (ties = pairs with an interaction in the last 90 days) and assumes every
/// match meets, so each match becomes a tie. "Unit" here is the department (a team's parent; a division or the
/// executive office counts as its own), the level at which silos are measured.
/// </summary>
public static class CoffeeSimulation
{
    public const int TieWindowDays = 90;

    public static SimulationReport Run(DemoOrganisation org, int rounds, int seed, CoffeeRules? rules = null,
        IReadOnlyList<CoffeeStrategy>? strategies = null, bool teams = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        rules ??= new CoffeeRules();
        var department = teams ? (int[])org.UnitOf.Clone() : DepartmentOf(org);
        // Everyone is in the top person's report chain, so the rules can never match them: they are not in the audience.
        var people = Participants(org, department).Where(p => p.PersonId != TopOfOrganisation(org)).ToList();
        var initialTies = InitialTies(org);
        var results = new Dictionary<CoffeeStrategy, StrategyOutcome>();
        foreach (var strategy in strategies ?? [CoffeeStrategy.Random, CoffeeStrategy.CrossUnit, CoffeeStrategy.SiloAware])
            results[strategy] = RunStrategy(org, people, department, initialTies, strategy, rounds, seed, rules, cancellationToken);
        var density = UnitTieDensity.Measure(BuildTieGraph(org.PeopleCount, initialTies), department);
        var participants = people.GroupBy(p => p.Department).ToDictionary(g => g.Key, g => g.Count());
        var unconnected = UnconnectedDepartmentPairs(density, department);
        return new SimulationReport(org.PeopleCount, rounds, seed, results)
        {
            // Each unit of flow is one augmenting path, so the bound is only worked out up to BoundLimit pairs.
            MostNewDepartmentPairs = unconnected.Count <= BoundLimit
                ? MostNewDepartmentPairs(unconnected, participants, rounds, oddTrio: people.Count % 2 == 1, cancellationToken: cancellationToken)
                : null,
            MostNewDepartmentPairsWithTrios = unconnected.Count <= BoundLimit
                ? MostNewDepartmentPairs(unconnected, participants, rounds, oddTrio: false, partnersPerRound: 2, cancellationToken)
                : null,
        };
    }

    /// <summary>Most unconnected department pairs for which <see cref="Run"/> works out
    /// <see cref="MostNewDepartmentPairs"/> (the 2,000-person demo has 473 department and 30,561 team pairs).</summary>
    public const int BoundLimit = 50_000;

    /// <summary>
    /// The most previously unconnected department pairs that any pairing could connect in <paramref name="rounds"/>
    /// rounds, whatever its rules. A new department pair needs a meeting between the two departments, and in a
    /// round each participant meets one other person, so a department with p participants has p · rounds meeting
    /// slots and each unconnected pair can use one slot at each end. The bound is the fractional b-matching on the
    /// unconnected pairs with those capacities — a maximum flow over the bipartite double cover, halved, which is
    /// never below the best integral choice — plus one per round for the trio that takes the odd person out (its
    /// third pair is the only meeting beyond one per person). With <paramref name="partnersPerRound"/> 2 it bounds
    /// plans with groups of up to three (<see cref="CoffeeRules.BridgeTrios"/>): a person in a trio meets two others.
    /// </summary>
    public static int MostNewDepartmentPairs(IReadOnlyList<(int A, int B)> unconnected,
        IReadOnlyDictionary<int, int> participantsPerDepartment, int rounds, bool oddTrio, int partnersPerRound = 1,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partnersPerRound, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(partnersPerRound, 2);
        ArgumentNullException.ThrowIfNull(unconnected);
        ArgumentNullException.ThrowIfNull(participantsPerDepartment);
        var index = new Dictionary<int, int>();
        foreach (var department in participantsPerDepartment.Keys) index[department] = index.Count;
        var d = index.Count;
        // Nodes: 0 source, 1 sink, 2.. left copies, 2 + d.. right copies.
        var flow = new Mingle.Graph.Matching.MinCostFlow(2 + (2 * d));
        foreach (var (department, i) in index)
        {
            long slots = (long)participantsPerDepartment[department] * rounds * partnersPerRound;
            flow.AddArc(0, 2 + i, slots, 0);
            flow.AddArc(2 + d + i, 1, slots, 0);
        }
        foreach (var (a, b) in unconnected)
        {
            if (!index.TryGetValue(a, out var x) || !index.TryGetValue(b, out var y)) continue; // nobody there takes part
            flow.AddArc(2 + x, 2 + d + y, 1, 0);
            flow.AddArc(2 + y, 2 + d + x, 1, 0);
        }
        var total = flow.MaxFlowMinCost(0, 1, cancellationToken: cancellationToken).Flow;
        return (int)(total / 2) + (oddTrio && partnersPerRound == 1 ? rounds : 0);
    }

    /// <summary>Department of each person: the unit at depth 1 above (or at) their own, or their own unit when it
    /// sits higher.</summary>
    public static int[] DepartmentOf(DemoOrganisation org)
    {
        var result = new int[org.PeopleCount];
        for (var p = 0; p < result.Length; p++)
        {
            var u = org.UnitOf[p];
            while (org.Units[u].Depth > 1) u = org.Units[u].Parent;
            result[p] = u;
        }
        return result;
    }

    static int TopOfOrganisation(DemoOrganisation org) => Array.IndexOf(org.ManagerOf, -1);

    public static List<CoffeeParticipant> Participants(DemoOrganisation org, int[] department)
    {
        var interests = new List<int>[org.PeopleCount];
        foreach (var pi in org.PersonInterests) (interests[pi.Person] ??= []).Add(pi.Interest);
        var result = new List<CoffeeParticipant>(org.PeopleCount);
        var chain = new List<int>();
        for (var p = 0; p < org.PeopleCount; p++)
        {
            chain.Clear();
            for (var m = org.ManagerOf[p]; m >= 0; m = org.ManagerOf[m]) chain.Add(m);
            result.Add(new CoffeeParticipant(p, org.UnitOf[p], department[p], org.LocationOf[p],
                org.Locations[org.LocationOf[p]].UtcOffsetMinutes, org.Levels[p], [.. chain],
                interests[p] is { } list ? [.. list] : [], []));
        }
        return result;
    }

    /// <summary>Pairs with at least one interaction in the last <see cref="TieWindowDays"/> days.</summary>
    public static HashSet<long> InitialTies(DemoOrganisation org)
    {
        var from = org.Today.AddDays(-TieWindowDays).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ties = new HashSet<long>(PairKey.Comparer);
        foreach (var i in org.Interactions)
            if (i.From != i.To && org.OccurredAt(i) >= from) ties.Add(PairKey.Of(i.From, i.To));
        return ties;
    }

    static StrategyOutcome RunStrategy(DemoOrganisation org, List<CoffeeParticipant> people, int[] department,
        HashSet<long> initialTies, CoffeeStrategy strategy, int rounds, int seed, CoffeeRules rules, CancellationToken ct)
    {
        var ties = new HashSet<long>(initialTies, PairKey.Comparer);
        var before = BuildTieGraph(org.PeopleCount, ties);
        var density = UnitTieDensity.Measure(before, department);
        var unconnectedBefore = UnconnectedDepartmentPairs(density, department);
        var eiBefore = EIIndex.Compute(before, DenseLabels(department)).Index;
        var metInRound = new List<List<long>>();
        var everMet = new HashSet<long>(PairKey.Comparer);
        int repeats = 0, repeatsEver = 0, unmatched = 0, newCrossUnitTies = 0, trios = 0;
        long cpuMs = 0;
        var stageMs = new Dictionary<string, long>();
        var clock = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            var recent = new HashSet<long>(PairKey.Comparer);
            for (var r = Math.Max(0, round - rules.RepeatRounds); r < round; r++) recent.UnionWith(metInRound[r]);
            var request = new CoffeeRoundRequest(people, density, recent, rules, strategy, unchecked(seed * 1_000_003 + round * 7919 + (int)strategy));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Start();
            var plan = CoffeeRoundPlanner.Plan(request, ct);
            clock.Stop();
            cpuMs += (long)(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            unmatched += plan.Unmatched.Count;
            foreach (var (stage, ms) in plan.StageMs) stageMs[stage] = stageMs.GetValueOrDefault(stage) + ms;
            var met = new List<long>();
            trios += plan.Groups.Count(g => g.IsTrio);
            foreach (var group in plan.Groups)
            {
                foreach (var (a, b) in group.Pairs())
                {
                    var key = PairKey.Of(a, b);
                    met.Add(key);
                    if (recent.Contains(key)) repeats++;
                    if (!everMet.Add(key)) repeatsEver++;
                    if (!ties.Add(key)) continue;
                    density.AddTie(department[a], department[b]);
                    if (department[a] != department[b]) newCrossUnitTies++;
                }
            }
            metInRound.Add(met);
        }
        var after = BuildTieGraph(org.PeopleCount, ties);
        var eiAfter = EIIndex.Compute(after, DenseLabels(department)).Index;
        var newlyConnected = unconnectedBefore.Where(pair => density.TiesBetween(pair.A, pair.B) > 0).ToList();
        return new StrategyOutcome(newlyConnected.Count, newCrossUnitTies, eiAfter - eiBefore, repeats, repeatsEver, unmatched,
            (long)clock.Elapsed.TotalMilliseconds, unconnectedBefore.Count)
        {
            NewlyConnected = newlyConnected,
            PlanCpuMs = cpuMs,
            StageMs = stageMs,
            Trios = trios,
        };
    }

    internal static List<(int A, int B)> UnconnectedDepartmentPairs(UnitTieDensity density, int[] department)
    {
        var departments = department.Distinct().Order().ToArray();
        var result = new List<(int, int)>();
        for (var x = 0; x < departments.Length; x++)
            for (var y = x + 1; y < departments.Length; y++)
                if (density.TiesBetween(departments[x], departments[y]) == 0) result.Add((departments[x], departments[y]));
        return result;
    }

    static int[] DenseLabels(int[] labels)
    {
        var index = new Dictionary<int, int>();
        var result = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (!index.TryGetValue(labels[i], out var d)) index[labels[i]] = d = index.Count;
            result[i] = d;
        }
        return result;
    }

    static TieGraph BuildTieGraph(int people, HashSet<long> ties)
    {
        var builder = new GraphBuilder(directed: false, weighted: false);
        builder.EnsureNodes(people);
        foreach (var key in ties)
        {
            var (a, b) = PairKey.Split(key);
            builder.AddEdgeBetween(a, b);
        }
        return builder.Build();
    }
}
