namespace Mingle.Onboarding;

/// <summary>
/// A new hire's journey of introductions. It starts on the hire date, or on the day the buddy is assigned when that
/// is later; week w's step is due on the first day of week w (start + 7·(w − 1) days): week 1 the buddy, week 2
/// someone in a neighbouring team (a sibling unit under the same parent), week 4 a senior leader (at or above
/// <see cref="BuddyRules.SeniorLevel"/>) in the hire's division. The people are picked deterministically: same
/// site first, then the same time zone, then whoever has been asked for the fewest introductions, then by id.
/// </summary>
public static class OnboardingJourney
{
    public const int NeighbourWeek = 2;
    public const int LeaderWeek = 4;

    public static DateOnly Start(DateOnly hireDate, DateOnly assignedOn) => hireDate > assignedOn ? hireDate : assignedOn;

    public static DateOnly DueOn(DateOnly start, int week) => start.AddDays(7 * (week - 1));

    public sealed record PlannedStep(int Week, JourneyStepKind Kind, int PersonId, DateOnly DueOn);

    /// <param name="introductions">How many journey introductions each person is already down for; updated as people are picked.</param>
    public static List<PlannedStep> Plan(OnboardingPerson hire, int buddyId, DateOnly assignedOn, IReadOnlyList<OnboardingPerson> people,
        BuddyRules rules, Dictionary<int, int> introductions)
    {
        ArgumentNullException.ThrowIfNull(hire);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(introductions);
        var start = Start(hire.HireDate ?? assignedOn, assignedOn);
        var steps = new List<PlannedStep> { new(1, JourneyStepKind.Buddy, buddyId, DueOn(start, 1)) };
        var neighbour = Pick(hire, people.Where(p => p.PersonId != buddyId && hire.NeighbourTeam(p) && !hire.InManagerChainOf(p)
            && !hire.Blocked(p)), introductions);
        if (neighbour is { } n) steps.Add(new(NeighbourWeek, JourneyStepKind.NeighbourTeam, n, DueOn(start, NeighbourWeek)));
        // A leader outside the hire's own reporting line is a new face; their own division head only when nobody else is senior enough.
        var leaders = people.Where(p => p.PersonId != buddyId && p.PersonId != hire.PersonId && p.PersonId != neighbour
            && hire.Division >= 0 && p.Division == hire.Division && p.Level >= rules.SeniorLevel && !hire.Blocked(p)).ToList();
        var leader = Pick(hire, leaders.Where(p => !hire.InManagerChainOf(p)), introductions) ?? Pick(hire, leaders, introductions);
        if (leader is { } l) steps.Add(new(LeaderWeek, JourneyStepKind.SeniorLeader, l, DueOn(start, LeaderWeek)));
        return steps;
    }

    static int? Pick(OnboardingPerson hire, IEnumerable<OnboardingPerson> candidates, Dictionary<int, int> introductions)
    {
        var best = candidates
            .OrderByDescending(p => hire.SameLocation(p))
            .ThenByDescending(p => hire.SameTimeZone(p))
            .ThenBy(p => introductions.GetValueOrDefault(p.PersonId))
            .ThenBy(p => p.PersonId)
            .FirstOrDefault();
        if (best is null) return null;
        introductions[best.PersonId] = introductions.GetValueOrDefault(best.PersonId) + 1;
        return best.PersonId;
    }
}
