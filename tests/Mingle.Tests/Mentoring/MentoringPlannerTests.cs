using Mingle.Mentoring;

namespace Mingle.Tests.Mentoring;

public sealed class MentoringPlannerTests
{
    internal static MentoringCandidate Mentor(int id, int? level = 5, int unit = 1, int capacity = 1, Dictionary<int, int>? skills = null,
        string[]? words = null, int[]? chain = null, int[]? prefs = null, int[]? blocks = null) =>
        new(id, $"Mentor{id}", MentoringRole.Mentor, unit, $"Unit{unit}", level, chain ?? [], skills ?? [], new HashSet<string>(words ?? []),
            prefs ?? [], blocks ?? [], capacity);

    internal static MentoringCandidate Mentee(int id, int? level = 3, int unit = 1, Dictionary<int, int>? skills = null,
        string[]? words = null, int[]? chain = null, int[]? prefs = null, int[]? blocks = null) =>
        new(id, $"Mentee{id}", MentoringRole.Mentee, unit, $"Unit{unit}", level, chain ?? [], skills ?? [], new HashSet<string>(words ?? []),
            prefs ?? [], blocks ?? [], 1);

    static MentoringRequest Request(MentoringCandidate[] mentors, params MentoringCandidate[] mentees) =>
        new(mentors, mentees, new MentoringRules(), new Dictionary<int, string> { [1] = "Kubernetes", [2] = "Negotiation", [3] = "SQL" });

    [Fact]
    public void Score_AddsSkillFitLevelsGoalsCrossUnit_AsHandComputed()
    {
        var mentor = Mentor(1, unit: 1, skills: new() { [1] = 4, [3] = 2 }, words: ["leadership", "kubernetes", "platform"]);
        var mentee = Mentee(2, unit: 2, skills: new() { [1] = 1, [2] = 0 }, words: ["leadership", "platform", "public"]);
        var (score, reasons) = MentoringPlanner.Score(Request([mentor], mentee), mentor, mentee);
        // base 1 + Kubernetes (2 + 0.25 × 3 levels) + 2 goal words × 0.5 + cross-unit 1
        Assert.Equal(1 + 2.75 + 1 + 1, score);
        Assert.Contains(reasons, r => r.Contains("offers Kubernetes", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("\"leadership\" and \"platform\"", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("different units (Unit1 and Unit2)", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("2 levels above", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_RespectsCapacity_AndSaysWhyTheRestAreUnassigned()
    {
        var plan = MentoringPlanner.Plan(Request([Mentor(1, capacity: 2)], Mentee(2), Mentee(3), Mentee(4)));
        Assert.Equal(2, plan.Pairs.Count);
        Assert.All(plan.Pairs, p => Assert.Equal(1, p.MentorId));
        var left = Assert.Single(plan.Unassigned);
        Assert.Contains("at capacity", left.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NeverPairsAManagerWithTheirReportChain()
    {
        // Mentor 1 manages 9 who manages mentee 2: 1 is in 2's chain. Mentee 3 reports to nobody.
        var plan = MentoringPlanner.Plan(Request([Mentor(1, capacity: 2)], Mentee(2, chain: [9, 1]), Mentee(3)));
        var pair = Assert.Single(plan.Pairs);
        Assert.Equal(3, pair.MenteeId);
        var left = Assert.Single(plan.Unassigned);
        Assert.Equal(2, left.MenteeId);
        Assert.Contains("reporting line", left.Why, StringComparison.Ordinal);
        // and the other way round: a mentee who manages the mentor
        Assert.NotNull(MentoringPlanner.WhyNot(new MentoringRules(), Mentor(1, chain: [2]), Mentee(2)));
    }

    [Theory]
    [InlineData(5, 4, true)]
    [InlineData(5, 2, true)]
    [InlineData(5, 5, false)]
    [InlineData(5, 1, false)]
    [InlineData(3, 4, false)]
    public void LevelGap_MentorOneToThreeLevelsAbove(int mentorLevel, int menteeLevel, bool allowed)
    {
        var why = MentoringPlanner.WhyNot(new MentoringRules(), Mentor(1, level: mentorLevel), Mentee(2, level: menteeLevel));
        Assert.Equal(allowed, why is null);
        var plan = MentoringPlanner.Plan(Request([Mentor(1, level: mentorLevel)], Mentee(2, level: menteeLevel)));
        Assert.Equal(allowed ? 1 : 0, plan.Pairs.Count);
        if (!allowed) Assert.Contains("level range (1–3 levels above)", plan.Unassigned[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_AndSelf_AreNeverPaired()
    {
        var rules = new MentoringRules();
        Assert.NotNull(MentoringPlanner.WhyNot(rules, Mentor(1, blocks: [2]), Mentee(2)));
        Assert.NotNull(MentoringPlanner.WhyNot(rules, Mentor(1), Mentee(2, blocks: [1])));
        Assert.NotNull(MentoringPlanner.WhyNot(rules, Mentor(1), Mentee(1)));
    }

    [Fact]
    public void Preferences_RankedChoicesWinOtherwiseEqualMentors()
    {
        var request = Request([Mentor(1), Mentor(2), Mentor(3)], Mentee(4, prefs: [3, 2]));
        var pair = Assert.Single(MentoringPlanner.Plan(request).Pairs);
        Assert.Equal(3, pair.MentorId);
        Assert.Equal(1 + 3, pair.Score); // base + 1st choice
        Assert.Contains(pair.Reasons, r => r.Contains("Mentee4's 1st choice", StringComparison.Ordinal));
        Assert.Equal(1 + 2, MentoringPlanner.Score(request, request.Mentors[1], request.Mentees[0]).Score); // 2nd choice
        // A mentor's own preference counts too.
        var mentorSide = Request([Mentor(1), Mentor(2, prefs: [4])], Mentee(4));
        Assert.Equal(2, Assert.Single(MentoringPlanner.Plan(mentorSide).Pairs).MentorId);
    }

    [Fact]
    public void Plan_AssignsTheWholeCohort_WhereAGreedyChoiceWouldLeaveSomeoneOut()
    {
        // Mentee 3 fits both mentors (and Kubernetes mentor 1 best); mentee 4 only fits mentor 1 (mentor 2 is 4 levels above).
        var plan = MentoringPlanner.Plan(Request(
            [Mentor(1, level: 5, skills: new() { [1] = 5 }), Mentor(2, level: 6)],
            Mentee(3, level: 3, skills: new() { [1] = 1 }), Mentee(4, level: 2)));
        Assert.Empty(plan.Unassigned);
        Assert.Equal(2, plan.Pairs.Single(p => p.MenteeId == 3).MentorId);
        Assert.Equal(1, plan.Pairs.Single(p => p.MenteeId == 4).MentorId);
    }

    [Fact]
    public void Words_DropShortAndFillerWords()
    {
        Assert.Equal(["kubernetes", "leadership", "public", "speaking"],
            MentoringPlanner.Words("I want to learn Kubernetes and public-speaking; leadership, too!").Order(StringComparer.Ordinal));
    }
}
