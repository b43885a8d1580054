using Mingle.Onboarding;

namespace Mingle.Tests.Onboarding;

/// <summary>Hand-computed cases for the buddy rules and the whole-cohort assignment.</summary>
public class BuddyMatcherTests
{
    static readonly DateOnly Today = new(2026, 11, 23);
    static readonly BuddyRules Rules = new();

    // Teams 10 and 11 are neighbours under department 1; team 20 sits under department 2. Location 1 = UTC, 2 = UTC+1.
    static OnboardingPerson P(int id, int team = 11, int parent = 1, int location = 1, int offset = 0, int hiredDaysAgo = 800,
        int[]? chain = null, int[]? interests = null, int[]? blocks = null, int load = 0, int? level = 5, int division = 100) =>
        new(id, team, parent, division, location, offset, level, Today.AddDays(-hiredDaysAgo), chain ?? [], interests ?? [], blocks ?? [], load);

    static OnboardingPerson Hire(int id = 1, int[]? chain = null, int[]? interests = null) =>
        P(id, team: 10, hiredDaysAgo: 3, chain: chain, interests: interests);

    [Fact]
    public void NewHire_IsHiredWithinTheLast30Days_TodayIncluded()
    {
        Assert.True(Rules.IsNewHire(Today, Today));
        Assert.True(Rules.IsNewHire(Today.AddDays(-29), Today));
        Assert.False(Rules.IsNewHire(Today.AddDays(-30), Today));
        Assert.False(Rules.IsNewHire(Today.AddDays(1), Today)); // not started yet
        Assert.False(Rules.IsNewHire(null, Today));
    }

    [Fact]
    public void Tenure_IsAtLeast365Days()
    {
        Assert.Null(BuddyMatcher.Ineligible(Hire(), P(2, hiredDaysAgo: 365), Rules, Today));
        Assert.Equal("less than a year's tenure", BuddyMatcher.Ineligible(Hire(), P(2, hiredDaysAgo: 364), Rules, Today));
        Assert.Equal("less than a year's tenure", BuddyMatcher.Ineligible(Hire(), P(2) with { HireDate = null }, Rules, Today));
    }

    [Fact]
    public void Buddy_ComesFromAnotherTeam()
    {
        Assert.Equal("same team", BuddyMatcher.Ineligible(Hire(), P(2, team: 10), Rules, Today));
        Assert.Null(BuddyMatcher.Ineligible(Hire(), P(2, team: 20, parent: 2), Rules, Today));
    }

    [Fact]
    public void Buddy_SharesTheLocationOrTheTimeZone()
    {
        // Another site in the same offset: fine. Another site and another offset: not.
        Assert.Null(BuddyMatcher.Ineligible(Hire(), P(2, location: 2, offset: 0), Rules, Today));
        Assert.Null(BuddyMatcher.Ineligible(Hire(), P(2, location: 1, offset: 60), Rules, Today));
        Assert.Equal("neither the same location nor the same time zone",
            BuddyMatcher.Ineligible(Hire(), P(2, location: 2, offset: 60), Rules, Today));
        // Unknown locations (-1) are not "the same location".
        Assert.NotNull(BuddyMatcher.Ineligible(Hire() with { Location = -1 }, P(2, location: -1, offset: 60), Rules, Today));
    }

    [Fact]
    public void Buddy_IsOutsideTheManagerChain_EitherWay()
    {
        Assert.Equal("in the manager chain", BuddyMatcher.Ineligible(Hire(chain: [7, 2]), P(2), Rules, Today));
        Assert.Equal("in the manager chain", BuddyMatcher.Ineligible(Hire(), P(2, chain: [1]), Rules, Today));
        Assert.Null(BuddyMatcher.Ineligible(Hire(chain: [7]), P(2, chain: [7]), Rules, Today)); // same boss is fine
    }

    [Fact]
    public void Buddy_LoadIsRespected_AndFewerBuddiesScoreHigher()
    {
        Assert.Equal("already has the most new hires allowed", BuddyMatcher.Ineligible(Hire(), P(2, load: 2), Rules, Today));
        Assert.Null(BuddyMatcher.Ineligible(Hire(), P(2, load: 1), Rules, Today));
        Assert.Null(BuddyMatcher.Ineligible(Hire(), P(2, load: 2), Rules with { MaxBuddies = 3 }, Today));
        // Same site (4) + neighbour team (1.5) + free capacity 2/2 (1) = 6.5; with one buddy already: 6.0.
        Assert.Equal(6.5, BuddyMatcher.Score(Hire(), P(2), Rules), 9);
        Assert.Equal(6.0, BuddyMatcher.Score(Hire(), P(2, load: 1), Rules), 9);
    }

    [Fact]
    public void Score_SameLocationBeatsSameTimeZone_AndCountsInterests()
    {
        // Same time zone only (2) + other department (0) + 2 shared interests (0.8) + free (1) = 3.8.
        var hire = Hire(interests: [1, 2, 3]);
        Assert.Equal(3.8, BuddyMatcher.Score(hire, P(2, team: 20, parent: 2, location: 2, interests: [2, 3, 9]), Rules), 9);
        // Same site, other department, no shared interest: 4 + 1 = 5.
        Assert.Equal(5.0, BuddyMatcher.Score(hire, P(3, team: 20, parent: 2), Rules), 9);
        // Shared interests count up to three.
        Assert.Equal(4 + 1.5 + 1.2 + 1, BuddyMatcher.Score(Hire(interests: [1, 2, 3, 4]), P(4, interests: [1, 2, 3, 4]), Rules), 9);
    }

    [Fact]
    public void Plan_AssignsEveryHire_WhereGreedyWouldLeaveOneOut()
    {
        // X (neighbour team, 6.5 for A) is A's best; greedy would give A to X and leave B with nobody, as Y manages B.
        var a = Hire(1);
        var b = Hire(2) with { ManagerChain = [4] };
        var x = P(3, team: 11);
        var y = P(4, team: 20, parent: 2);
        var rules = Rules with { MaxBuddies = 1 };
        var plan = BuddyMatcher.Plan([a, b], [a, b, x, y], rules, Today, OnboardingNames.Empty);
        Assert.Empty(plan.Unassigned);
        Assert.Equal(4, plan.Pairs.Single(p => p.NewHireId == 1).BuddyId);
        Assert.Equal(3, plan.Pairs.Single(p => p.NewHireId == 2).BuddyId);
        // A–Y: 4 + 1 (free) = 5; B–X: 4 + 1.5 + 1 = 6.5.
        Assert.Equal(11.5, plan.TotalScore, 9);
    }

    [Fact]
    public void Plan_PrefersTheLessLoadedBuddy_AndExplainsTheReasonPlainly()
    {
        var hire = Hire(1, interests: [5]);
        var busy = P(2, load: 1, interests: [5]);
        var free = P(3, interests: [5]);
        var names = new OnboardingNames(new Dictionary<int, string> { [11] = "Payments" }, new Dictionary<int, string> { [1] = "Lisbon HQ" },
            new Dictionary<int, string> { [5] = "climbing" });
        var plan = BuddyMatcher.Plan([hire], [hire, busy, free], Rules, Today, names);
        var pair = Assert.Single(plan.Pairs);
        Assert.Equal(3, pair.BuddyId);
        Assert.Equal("Your buddy works at your site (Lisbon HQ), in Payments, a neighbouring team; you both like climbing; " +
            "has no other new hire to look after.", pair.Reason);
    }

    [Fact]
    public void Plan_ExplainsWhyAHireGetsNobody()
    {
        var lonely = Hire(1) with { Location = 9, UtcOffsetMinutes = 600 };
        var crowded = Hire(2);
        var full = P(3, load: 1);
        var rules = Rules with { MaxBuddies = 2 };
        var plan = BuddyMatcher.Plan([lonely, crowded, Hire(5)], [full], rules, Today, OnboardingNames.Empty);
        Assert.Contains("Nobody from another team", plan.Unassigned.Single(u => u.NewHireId == 1).Why, StringComparison.Ordinal);
        Assert.Single(plan.Pairs);
        Assert.Contains("already looks after", plan.Unassigned.Single(u => u.NewHireId != 1).Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Journey_StartsOnTheLaterOfHireAndAssignment_WeeksAreSevenDaysApart()
    {
        var hired = new DateOnly(2026, 11, 2);
        Assert.Equal(new DateOnly(2026, 11, 10), OnboardingJourney.Start(hired, new DateOnly(2026, 11, 10)));
        Assert.Equal(hired, OnboardingJourney.Start(hired, new DateOnly(2026, 10, 30))); // assigned before day one
        var start = new DateOnly(2026, 11, 10);
        Assert.Equal(new DateOnly(2026, 11, 10), OnboardingJourney.DueOn(start, 1));
        Assert.Equal(new DateOnly(2026, 11, 17), OnboardingJourney.DueOn(start, 2));
        Assert.Equal(new DateOnly(2026, 12, 1), OnboardingJourney.DueOn(start, 4));
    }

    [Fact]
    public void Journey_IntroducesTheBuddy_ANeighbourTeam_AndASeniorLeaderOfTheDivision()
    {
        var hire = Hire(1, chain: [50]) with { HireDate = new DateOnly(2026, 11, 20) };
        var people = new List<OnboardingPerson>
        {
            hire,
            P(2, team: 11),                              // the buddy: never picked again
            P(3, team: 11, location: 2, offset: 60),     // neighbour at another site
            P(4, team: 12),                              // neighbour at the hire's site: picked
            P(5, team: 20, parent: 2),                   // other department: not a neighbour
            P(50, team: 30, parent: 3, level: 9),        // senior, but the hire's own manager chain
            P(60, team: 31, parent: 3, level: 8),        // senior in the division, outside the chain: picked
            P(70, team: 31, parent: 3, level: 9, division: 200), // senior in another division
        };
        var counts = new Dictionary<int, int>();
        var steps = OnboardingJourney.Plan(hire, 2, new DateOnly(2026, 11, 23), people, Rules, counts);
        Assert.Collection(steps,
            s => Assert.Equal((1, JourneyStepKind.Buddy, 2, new DateOnly(2026, 11, 23)), (s.Week, s.Kind, s.PersonId, s.DueOn)),
            s => Assert.Equal((2, JourneyStepKind.NeighbourTeam, 4, new DateOnly(2026, 11, 30)), (s.Week, s.Kind, s.PersonId, s.DueOn)),
            s => Assert.Equal((4, JourneyStepKind.SeniorLeader, 60, new DateOnly(2026, 12, 14)), (s.Week, s.Kind, s.PersonId, s.DueOn)));
        // The next hire's neighbour introduction goes to someone with fewer introductions (4 now has one; 3 has none, but
        // 4 shares the site, which comes first), and the counts were recorded.
        Assert.Equal(1, counts[4]);
        Assert.Equal(1, counts[60]);
    }

    [Fact]
    public void Journey_FallsBackToTheOwnChainsLeader_WhenNobodyElseIsSenior()
    {
        var hire = Hire(1, chain: [50]);
        var people = new List<OnboardingPerson> { hire, P(50, team: 30, parent: 3, level: 9) };
        var steps = OnboardingJourney.Plan(hire, 2, Today, people, Rules, []);
        Assert.Equal(50, steps.Single(s => s.Kind == JourneyStepKind.SeniorLeader).PersonId);
        Assert.DoesNotContain(steps, s => s.Kind == JourneyStepKind.NeighbourTeam); // no neighbour team at all
    }
}
