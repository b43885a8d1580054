using Mingle.Graph.Matching;

namespace Mingle.Onboarding;

/// <summary>
/// Assigns buddies to all unassigned new hires at once. A buddy works in another team, at the same location or in
/// the same time zone, has a year's tenure, is in neither one's manager chain, is blocked by neither, and has room
/// (fewer than <see cref="BuddyRules.MaxBuddies"/> active new hires). Candidates are generated sparsely (people at
/// the hire's site or in their UTC offset, best <see cref="BuddyRules.CandidatesPerHire"/> kept) and the assignment
/// is an exact capacitated b-matching (Mingle.Graph <see cref="BMatching"/>): first as many hires as possible get a
/// buddy, then the total score is maximised. Score: same location (4) or only the same time zone (2), a neighbouring
/// team (1.5), shared interests (0.4 each, up to 3), free capacity (up to 1, so people with fewer buddies come first).
/// </summary>
public static class BuddyMatcher
{
    /// <summary>Why <paramref name="buddy"/> cannot look after <paramref name="hire"/>, or null when they can.</summary>
    public static string? Ineligible(OnboardingPerson hire, OnboardingPerson buddy, BuddyRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(hire);
        ArgumentNullException.ThrowIfNull(buddy);
        ArgumentNullException.ThrowIfNull(rules);
        if (hire.PersonId == buddy.PersonId) return "the same person";
        if (hire.Team == buddy.Team) return "same team";
        if (!hire.SameLocation(buddy) && !hire.SameTimeZone(buddy)) return "neither the same location nor the same time zone";
        if (!rules.HasTenure(buddy.HireDate, today)) return "less than a year's tenure";
        if (hire.InManagerChainOf(buddy)) return "in the manager chain";
        if (hire.Blocked(buddy)) return "blocked";
        if (buddy.ActiveBuddies >= rules.MaxBuddies) return "already has the most new hires allowed";
        return null;
    }

    public static double Score(OnboardingPerson hire, OnboardingPerson buddy, BuddyRules rules)
    {
        ArgumentNullException.ThrowIfNull(hire);
        ArgumentNullException.ThrowIfNull(buddy);
        ArgumentNullException.ThrowIfNull(rules);
        var score = hire.SameLocation(buddy) ? BuddyRules.SameLocationScore : BuddyRules.SameTimeZoneScore;
        if (hire.NeighbourTeam(buddy)) score += BuddyRules.NeighbourTeamScore;
        score += BuddyRules.SharedInterestScore * Math.Min(BuddyRules.MaxSharedInterests, SharedInterests(hire, buddy).Count());
        score += BuddyRules.FreeCapacityScore * (rules.MaxBuddies - buddy.ActiveBuddies) / rules.MaxBuddies;
        return score;
    }

    static IEnumerable<int> SharedInterests(OnboardingPerson a, OnboardingPerson b) => a.Interests.Intersect(b.Interests).Order();

    /// <summary>One plain sentence on why this buddy: written to the new hire, naming only public facts
    /// (structure, site, profile interests, how many people the buddy looks after).</summary>
    public static string Reason(OnboardingPerson hire, OnboardingPerson buddy, OnboardingNames names)
    {
        ArgumentNullException.ThrowIfNull(hire);
        ArgumentNullException.ThrowIfNull(buddy);
        ArgumentNullException.ThrowIfNull(names);
        var parts = new List<string>();
        parts.Add(hire.SameLocation(buddy)
            ? $"works at your site ({names.Location(buddy.Location)})"
            : "works in your time zone");
        var team = names.Unit(buddy.Team);
        parts.Add(hire.NeighbourTeam(buddy) ? $"in {team}, a neighbouring team" : $"in another team ({team})");
        var shared = SharedInterests(hire, buddy).Take(BuddyRules.MaxSharedInterests).Select(names.Interest).ToList();
        if (shared.Count > 0) parts.Add($"you both like {Join(shared)}");
        parts.Add(buddy.ActiveBuddies == 0 ? "has no other new hire to look after"
            : buddy.ActiveBuddies == 1 ? "looks after one other new hire" : $"looks after {buddy.ActiveBuddies} other new hires");
        return $"Your buddy {parts[0]}, {parts[1]}; {string.Join("; ", parts.Skip(2))}.";
    }

    static string Join(List<string> items) => items.Count == 1 ? items[0] : string.Join(", ", items[..^1]) + " and " + items[^1];

    public static BuddyPlan Plan(IReadOnlyList<OnboardingPerson> hires, IReadOnlyList<OnboardingPerson> pool, BuddyRules rules,
        DateOnly today, OnboardingNames names, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(hires);
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(rules);
        // Only people who could buddy anyone: tenure and room. Indexed by site and by UTC offset for sparse candidates.
        var buddies = pool.Where(b => rules.HasTenure(b.HireDate, today) && b.ActiveBuddies < rules.MaxBuddies).ToList();
        var byLocation = new Dictionary<int, List<int>>();
        var byOffset = new Dictionary<int, List<int>>();
        for (var i = 0; i < buddies.Count; i++)
        {
            if (buddies[i].Location >= 0) Add(byLocation, buddies[i].Location, i);
            Add(byOffset, buddies[i].UtcOffsetMinutes, i);
        }
        var pairs = new List<ScoredPair>();
        var seen = new HashSet<int>();
        var candidates = new List<(int Buddy, double Score)>();
        for (var h = 0; h < hires.Count; h++)
        {
            ct.ThrowIfCancellationRequested();
            var hire = hires[h];
            seen.Clear();
            candidates.Clear();
            var lists = new[] { byLocation.GetValueOrDefault(hire.Location), byOffset.GetValueOrDefault(hire.UtcOffsetMinutes) };
            foreach (var list in lists)
            {
                if (list is null) continue;
                foreach (var b in list)
                    if (seen.Add(b) && Ineligible(hire, buddies[b], rules, today) is null)
                        candidates.Add((b, Score(hire, buddies[b], rules)));
            }
            foreach (var (b, score) in candidates.OrderByDescending(c => c.Score).ThenBy(c => buddies[c.Buddy].PersonId).Take(rules.CandidatesPerHire))
                pairs.Add(new ScoredPair(b, h, score));
        }
        var capacity = buddies.Select(b => rules.MaxBuddies - b.ActiveBuddies).ToArray();
        var assignment = BMatching.Solve(capacity, hires.Count, [.. pairs], requireFullAssignment: true, ct);
        var result = new List<BuddyPair>();
        var unassigned = new List<UnassignedHire>();
        var hadCandidates = pairs.Select(p => p.Right).ToHashSet();
        for (var h = 0; h < hires.Count; h++)
        {
            var b = assignment.LeftOf[h];
            if (b < 0)
            {
                unassigned.Add(new UnassignedHire(hires[h].PersonId, hadCandidates.Contains(h)
                    ? "Every colleague who could be their buddy already looks after as many new hires as allowed."
                    : "Nobody from another team with a year's tenure works at their site or in their time zone (outside their manager chain)."));
                continue;
            }
            result.Add(new BuddyPair(hires[h].PersonId, buddies[b].PersonId, Math.Round(Score(hires[h], buddies[b], rules), 3),
                Reason(hires[h], buddies[b], names)));
        }
        return new BuddyPlan(result, unassigned, Math.Round(result.Sum(p => p.Score), 3));
    }

    static void Add(Dictionary<int, List<int>> index, int key, int value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }
}
