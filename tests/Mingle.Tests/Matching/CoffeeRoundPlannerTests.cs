using Mingle.Graph;
using Mingle.Matching;

namespace Mingle.Tests.Matching;

public sealed class CoffeeRoundPlannerTests
{
    internal static CoffeeParticipant P(int id, int dept = 1, int unit = 0, int location = 0, int offset = 0, int? level = 3,
        int[]? chain = null, int[]? interests = null, int[]? blocks = null, int left = int.MaxValue) =>
        new(id, unit == 0 ? dept * 100 : unit, dept, location, offset, level, chain ?? [], interests ?? [], blocks ?? [], left);

    /// <summary>Departments 1..5 of ten people each; <paramref name="ties"/> adds that many ties between two departments.</summary>
    internal static UnitTieDensity Density(params (int A, int B, int Ties)[] ties)
    {
        var builder = new GraphBuilder(directed: false, weighted: false);
        builder.EnsureNodes(50);
        var labels = new int[50];
        for (var v = 0; v < 50; v++) labels[v] = v / 10 + 1;
        foreach (var (a, b, count) in ties)
            for (var k = 0; k < count; k++) builder.AddEdgeBetween((a - 1) * 10 + k, (b - 1) * 10 + k);
        return UnitTieDensity.Measure(builder.Build(), labels);
    }

    static CoffeeRoundPlan Plan(IReadOnlyList<CoffeeParticipant> people, IReadOnlySet<long>? recent = null,
        UnitTieDensity? density = null, CoffeeRules? rules = null, int seed = 1) =>
        CoffeeRoundPlanner.Plan(new CoffeeRoundRequest(people, density ?? Density(), recent ?? new HashSet<long>(), rules ?? new CoffeeRules(),
            CoffeeStrategy.SiloAware, seed));

    static bool Together(CoffeeRoundPlan plan, int a, int b) => plan.Groups.Any(g => g.Members.Contains(a) && g.Members.Contains(b));

    [Fact]
    public void Plan_ManagerAndOwnReport_AreNeverMatched()
    {
        var people = new[] { P(1), P(2, chain: [1]), P(3, chain: [2, 1]), P(4, dept: 2) };
        for (var seed = 0; seed < 20; seed++)
        {
            var plan = Plan(people, seed: seed);
            Assert.False(Together(plan, 1, 2));
            Assert.False(Together(plan, 2, 3));
            Assert.False(Together(plan, 1, 3)); // the whole report chain, not only direct reports
        }
        Assert.Equal([1, 2], Plan([P(1), P(2, chain: [1])]).Unmatched.Order());
    }

    [Fact]
    public void Plan_BlockedPerson_IsNeverMatched_WhicheverSideBlocked()
    {
        Assert.Equal(2, Plan([P(1, blocks: [2]), P(2, dept: 2)]).Unmatched.Count);
        Assert.Equal(2, Plan([P(1), P(2, dept: 2, blocks: [1])]).Unmatched.Count);
        var people = new[] { P(1, blocks: [2]), P(2, dept: 2), P(3, dept: 2), P(4, dept: 3) };
        for (var seed = 0; seed < 20; seed++)
        {
            var plan = Plan(people, seed: seed);
            Assert.False(Together(plan, 1, 2));
            Assert.Empty(plan.Unmatched);
        }
    }

    [Fact]
    public void Plan_BlockExplanations_NeverMentionTheBlock()
    {
        var plan = Plan([P(1, blocks: [2]), P(2, dept: 2), P(3, dept: 2), P(4, dept: 3)]);
        Assert.All(plan.Groups, g => Assert.DoesNotContain("block", g.Explanation, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Plan_RecentPair_IsNotRepeated()
    {
        var recent = new HashSet<long> { PairKey.Of(1, 2), PairKey.Of(3, 4) };
        var people = new[] { P(1), P(2, dept: 2), P(3, dept: 3), P(4, dept: 4) };
        for (var seed = 0; seed < 20; seed++)
        {
            var plan = Plan(people, recent, seed: seed);
            Assert.False(Together(plan, 1, 2));
            Assert.False(Together(plan, 3, 4));
            Assert.Equal(0, plan.Repeats);
            Assert.Empty(plan.Unmatched);
        }
    }

    [Fact]
    public void Plan_TimeZonesWithoutEnoughSharedHours_AreNotMatched()
    {
        // Singapore (+8) and New York (−5) share no working hour; Lisbon (0) and Berlin (+1) share seven.
        var people = new[] { P(1, offset: 480), P(2, dept: 2, offset: -300), P(3, dept: 3, offset: 0), P(4, dept: 4, offset: 60) };
        for (var seed = 0; seed < 20; seed++)
        {
            var plan = Plan(people, seed: seed);
            Assert.False(Together(plan, 1, 2));
        }
        Assert.Equal(2, Plan([P(1, offset: 480), P(2, dept: 2, offset: -300)]).Unmatched.Count);
        Assert.Empty(Plan([P(1, offset: 0), P(2, dept: 2, offset: 360)], rules: new CoffeeRules { MinOverlapHours = 2 }).Unmatched);
        Assert.Equal(2, Plan([P(1, offset: 0), P(2, dept: 2, offset: 360)], rules: new CoffeeRules { MinOverlapHours = 3 }).Unmatched.Count);
    }

    [Theory]
    [InlineData(0, 0, 480)]
    [InlineData(0, 60, 420)]
    [InlineData(60, 0, 420)]
    [InlineData(480, -300, 0)]
    [InlineData(330, 0, 150)]
    [InlineData(780, -660, 480)] // +13:00 and −11:00 keep the same clock a day apart
    [InlineData(600, -420, 60)] // 17 hours apart is 7 hours apart across midnight
    public void WorkingHours_Overlap_IsHandComputed(int a, int b, int minutes)
    {
        Assert.Equal(minutes, WorkingHours.OverlapMinutes(a, b));
        Assert.Equal(minutes, WorkingHours.OverlapMinutes(b, a));
    }

    [Fact]
    public void Plan_LevelGapAboveMaximum_IsNotMatched()
    {
        Assert.Equal(2, Plan([P(1, level: 1), P(2, dept: 2, level: 6)], rules: new CoffeeRules { MaxLevelGap = 4 }).Unmatched.Count);
        Assert.Empty(Plan([P(1, level: 1), P(2, dept: 2, level: 5)], rules: new CoffeeRules { MaxLevelGap = 4 }).Unmatched);
    }

    [Fact]
    public void Plan_PersonWithNoLoadBudgetLeft_IsSkippedNotMatched()
    {
        var plan = Plan([P(1, left: 0), P(2, dept: 2), P(3, dept: 3, left: 1)]);
        Assert.Equal([1], plan.SkippedForLoad);
        Assert.DoesNotContain(plan.Groups, g => g.Members.Contains(1));
        Assert.True(Together(plan, 2, 3));
        Assert.Empty(plan.Unmatched);
    }

    [Fact]
    public void Plan_OddNumber_MakesOneTrioAndLeavesNobodyOut()
    {
        var people = Enumerable.Range(1, 7).Select(i => P(i, dept: i % 5 + 1)).ToList();
        var plan = Plan(people);
        Assert.Empty(plan.Unmatched);
        Assert.Single(plan.Groups, g => g.IsTrio);
        Assert.Equal(7, plan.Groups.Sum(g => g.Members.Length));
        Assert.Contains("nobody is left out", plan.Groups.Single(g => g.IsTrio).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TrioThirdPerson_ObeysTheRulesWithBoth()
    {
        // 3 is blocked by 1 and is 2's report: the trio must be {4,5,3}... or 3 pairs with 4/5 and the trio is elsewhere.
        var people = new[] { P(1, blocks: [3]), P(2, dept: 2), P(3, dept: 3, chain: [2]), P(4, dept: 4), P(5, dept: 5) };
        for (var seed = 0; seed < 20; seed++)
        {
            var plan = Plan(people, seed: seed);
            Assert.Empty(plan.Unmatched);
            Assert.False(Together(plan, 1, 3));
            Assert.False(Together(plan, 2, 3));
        }
    }

    [Fact]
    public void Plan_PrefersDepartmentsThatNeverTalk_AndSaysSo()
    {
        // Department 1 talks a lot with 2 and never with 3; 2 talks a lot with 3.
        var density = Density((1, 2, 9), (2, 3, 9));
        var people = new[] { P(1, dept: 1), P(2, dept: 2), P(3, dept: 3), P(4, dept: 3) };
        var names = new Dictionary<int, string> { [1] = "Platform", [2] = "Payments", [3] = "Sales" };
        var plan = CoffeeRoundPlanner.Plan(new CoffeeRoundRequest(people, density, new HashSet<long>(), new CoffeeRules(), CoffeeStrategy.SiloAware, 3)
        {
            DepartmentNames = names,
        });
        Assert.True(Together(plan, 1, 3) || Together(plan, 1, 4));
        var group = plan.Groups.Single(g => g.Members.Contains(1));
        Assert.Equal("You work in units that have not been in touch lately (Platform and Sales).", group.Explanation);
    }

    /// <summary>Departments 1 and 2 (ten people each) never talk, nor 1 and 3 nor 2 and 3, where 3 is one person:
    /// every round gives the 1–2 pair a meeting and the one person a partner from 1 or 2; with the coverage rule off
    /// the rules still hold.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Plan_UnconnectedDepartmentPairs_EachGetAMeeting(bool bridge)
    {
        var people = Enumerable.Range(0, 10).Select(k => P(100 + k, dept: 1))
            .Concat(Enumerable.Range(0, 10).Select(k => P(200 + k, dept: 2)))
            .Concat([P(300, dept: 3)]).ToList();
        var density = Density((1, 4, 1), (2, 4, 1), (3, 4, 1));
        for (var seed = 0; seed < 10; seed++)
        {
            var plan = Plan(people, density: density, rules: new CoffeeRules { BridgeUnconnectedPairs = bridge }, seed: seed);
            Assert.Empty(plan.Unmatched);
            Assert.Equal(21, plan.Groups.Sum(g => g.Members.Length));
            if (!bridge) continue;
            Assert.Contains(plan.Groups, g => g.Members.Any(m => m / 100 == 1) && g.Members.Any(m => m / 100 == 2));
            Assert.Contains(plan.Groups, g => g.Members.Contains(300) && g.Members.Any(m => m / 100 != 3));
        }
    }

    /// <summary>Person 100 alone in department 1; departments 2, 3 and 4 of five people each (ids d00–d04).</summary>
    static List<CoffeeParticipant> OnePersonAndThreeDepartmentsOfFive() =>
        [P(100, dept: 1), .. Enumerable.Range(2, 3).SelectMany(d => Enumerable.Range(0, 5).Select(k => P(d * 100 + k, dept: d)))];

    /// <summary>"3 where it helps": department 1 is one person with no tie to departments 2, 3 and 4 (five people
    /// each), so in pairs they bridge one of those three pairs per round; with bridging trios they meet one person from
    /// each of two of them at once (and those two departments, with no tie either, are bridged too). Turned off, they
    /// meet in a pair.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Plan_OnePersonDepartment_BridgesTwoDepartmentsAtOnceInATrio(bool trios)
    {
        var people = OnePersonAndThreeDepartmentsOfFive();
        for (var seed = 0; seed < 10; seed++)
        {
            var plan = Plan(people, rules: new CoffeeRules { BridgeTrios = trios }, seed: seed);
            Assert.Empty(plan.Unmatched);
            Assert.Equal(16, plan.Groups.Sum(g => g.Members.Length));
            var group = Assert.Single(plan.Groups, g => g.Members.Contains(100));
            if (!trios)
            {
                Assert.Equal(2, group.Members.Length);
                continue;
            }
            Assert.Equal(3, group.Members.Length);
            Assert.Equal(3, group.Members.Select(m => m / 100).Distinct().Count()); // three departments
            Assert.Equal("Three of you this time: your three units have not been in touch lately, and one meeting connects them all.", group.Explanation);
            // 16 people: the bridging trio leaves 13, so the odd one out makes a second trio; no more than that.
            Assert.Equal(2, plan.Groups.Count(g => g.IsTrio));
        }
    }

    /// <summary>Departments 2, 3 and 4 talk to each other, department 1 (one person) to none: the trio bridges two
    /// pairs, and its explanation names the unit that was out of touch rather than claiming all three were.</summary>
    [Fact]
    public void Plan_BridgingTrio_ExplainsWhichUnitWasOutOfTouch()
    {
        var people = OnePersonAndThreeDepartmentsOfFive();
        var names = new Dictionary<int, string> { [1] = "Legal", [2] = "Sales", [3] = "Data", [4] = "Finance" };
        var request = new CoffeeRoundRequest(people, Density((2, 3, 1), (2, 4, 1), (3, 4, 1)), new HashSet<long>(), new CoffeeRules(),
            CoffeeStrategy.SiloAware, 3)
        { DepartmentNames = names };
        var group = Assert.Single(CoffeeRoundPlanner.Plan(request).Groups, g => g.Members.Contains(100));
        Assert.Equal(3, group.Members.Length);
        var others = group.Members.Where(m => m != 100).Select(m => names[m / 100]).ToList();
        Assert.Equal($"Three of you this time: Legal has not been in touch lately with {others[0]} or {others[1]}, and one meeting connects it with both.",
            group.Explanation);
    }

    /// <summary>Group size 3: as many trios as the count allows, the rest pairs, every trio obeying the rules
    /// between all three (here: 1 manages 2, so they are never together).</summary>
    [Theory]
    [InlineData(9, 3, 0)]
    [InlineData(10, 2, 2)]
    [InlineData(11, 3, 1)]
    public void Plan_GroupSizeThree_MakesTriosAndObeysTheRulesWithinThem(int count, int trios, int pairs)
    {
        var people = Enumerable.Range(1, count).Select(i => P(i, dept: i % 4 + 1, chain: i == 2 ? [1] : [])).ToList();
        for (var seed = 0; seed < 10; seed++)
        {
            var plan = Plan(people, rules: new CoffeeRules { GroupSize = 3 }, seed: seed);
            Assert.Empty(plan.Unmatched);
            Assert.Equal(trios, plan.Groups.Count(g => g.Members.Length == 3));
            Assert.Equal(pairs, plan.Groups.Count(g => g.Members.Length == 2));
            Assert.False(Together(plan, 1, 2));
            Assert.All(plan.Groups, g => Assert.DoesNotContain("nobody is left out", g.Explanation, StringComparison.Ordinal));
        }
        Assert.Contains("groupSize", new CoffeeRules { GroupSize = 4 }.Validate().Keys);
    }

    [Fact]
    public void Plan_SharedInterest_IsABonusAndAnIcebreaker()
    {
        var people = new[] { P(1, interests: [7, 8]), P(2, dept: 2, interests: [7]), P(3, dept: 2), P(4, dept: 2) };
        var request = new CoffeeRoundRequest(people, Density(), new HashSet<long>(), new CoffeeRules(), CoffeeStrategy.SiloAware, 1)
        {
            InterestNames = new Dictionary<int, string> { [7] = "climbing", [8] = "chess" },
        };
        var plan = CoffeeRoundPlanner.Plan(request);
        Assert.True(Together(plan, 1, 2));
        Assert.EndsWith("you both like climbing.", plan.Groups.Single(g => g.Members.Contains(1)).Explanation, StringComparison.Ordinal);
        Assert.True(CoffeeRoundPlanner.PairWeight(request, 1, 2) > CoffeeRoundPlanner.PairWeight(request, 1, 3));
    }

    [Fact]
    public void Plan_LargeRound_UsesTheApproximateMatchingAndStillObeysEveryRule()
    {
        var rng = new Random(5);
        var offsets = new[] { 0, 60, -300, 480, 330, -180 };
        var people = Enumerable.Range(1, 6001).Select(i => P(i, dept: rng.Next(1, 40), offset: offsets[rng.Next(offsets.Length)],
            level: rng.Next(1, 9), chain: i > 10 ? [rng.Next(1, 10)] : [], blocks: rng.Next(20) == 0 ? [rng.Next(1, 6002)] : [])).ToList();
        var recent = new HashSet<long>();
        for (var k = 0; k < 20_000; k++) recent.Add(PairKey.Of(rng.Next(1, 6002), rng.Next(1, 6002)));
        // Coverage bridging off, so all 6,001 people go to the matching (bridging would place ~1,500 first).
        var request = new CoffeeRoundRequest(people, Density(), recent, new CoffeeRules { BridgeUnconnectedPairs = false }, CoffeeStrategy.SiloAware, 9);
        var plan = CoffeeRoundPlanner.Plan(request);
        Assert.False(plan.Exact);
        Assert.Empty(plan.Unmatched);
        Assert.Equal(6001, plan.Groups.Sum(g => g.Members.Length));
        Assert.Equal(6001, plan.Groups.SelectMany(g => g.Members).Distinct().Count());
        var byId = people.ToDictionary(p => p.PersonId);
        foreach (var g in plan.Groups)
        {
            foreach (var (a, b) in g.Pairs())
            {
                Assert.DoesNotContain(PairKey.Of(a, b), recent);
                Assert.DoesNotContain(b, byId[a].Blocks);
                Assert.DoesNotContain(a, byId[b].Blocks);
                Assert.DoesNotContain(b, byId[a].ManagerChain);
                Assert.DoesNotContain(a, byId[b].ManagerChain);
                Assert.True(WorkingHours.OverlapMinutes(byId[a].UtcOffsetMinutes, byId[b].UtcOffsetMinutes) >= 120);
                Assert.InRange(Math.Abs(byId[a].Level!.Value - byId[b].Level!.Value), 0, 4);
            }
        }
    }
}
