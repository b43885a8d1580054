using Mingle.Graph.Matching;

namespace Mingle.Mentoring;

/// <summary>
/// Whole-cohort mentoring assignment: every allowed (mentor, mentee) pair gets a score from skill fit, goals,
/// cross-unit and ranked preferences, and <see cref="BMatching"/> (min-cost flow with the mentors' capacities)
/// first assigns as many mentees as possible and then maximises the total score among those assignments.
/// </summary>
public static class MentoringPlanner
{
    static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about", "after", "also", "being", "better", "from", "have", "into", "like", "learn", "learning", "more", "want",
        "would", "with", "what", "when", "where", "which", "while", "that", "this", "them", "they", "their", "some",
        "skills", "help", "grow", "work", "working", "become", "year", "years", "next", "good", "great", "able",
    };

    /// <summary>Lower-case words of four letters or more that are not filler ("want", "learn"), for goal overlap.</summary>
    public static HashSet<string> Words(params string?[] texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (letter && start < 0) start = i;
                else if (!letter && start >= 0)
                {
                    if (i - start >= 4)
                    {
                        var word = text[start..i].ToLowerInvariant();
                        if (!StopWords.Contains(word)) words.Add(word);
                    }
                    start = -1;
                }
            }
        }
        return words;
    }

    /// <summary>Null when the pair is allowed; otherwise why not, in words for the programme owner.</summary>
    public static string? WhyNot(MentoringRules rules, MentoringCandidate mentor, MentoringCandidate mentee)
    {
        if (mentor.PersonId == mentee.PersonId) return "nobody mentors themself";
        if (mentee.ManagerChain.Contains(mentor.PersonId) || mentor.ManagerChain.Contains(mentee.PersonId))
            return "they are in the same reporting line";
        if (mentor.Blocks.Contains(mentee.PersonId) || mentee.Blocks.Contains(mentor.PersonId))
            return "a matching preference excludes the pair";
        if (mentor.Level is { } a && mentee.Level is { } b && (a - b < rules.MinLevelGap || a - b > rules.MaxLevelGap))
            return $"the mentor is {a - b} level{(Math.Abs(a - b) == 1 ? "" : "s")} above, outside {rules.MinLevelGap}–{rules.MaxLevelGap}";
        return null;
    }

    /// <summary>The pair's score (a multiple of 1/4) and the plain-language reasons behind it.</summary>
    public static PairScore Score(MentoringRequest request, MentoringCandidate mentor, MentoringCandidate mentee)
    {
        var rules = request.Rules;
        var score = rules.BaseScore;
        var reasons = new List<string>();
        var shared = new List<string>();
        foreach (var (skill, wantedLevel) in mentee.Skills.OrderBy(s => s.Key))
        {
            if (!mentor.Skills.TryGetValue(skill, out var offeredLevel)) continue;
            score += rules.SkillWeight + rules.SkillLevelWeight * Math.Clamp(offeredLevel - wantedLevel, 0, 4);
            shared.Add(request.SkillNames.GetValueOrDefault(skill, $"skill {skill}"));
        }
        reasons.Add(shared.Count > 0
            ? $"{mentor.Name} offers {Join(shared)}, which {mentee.Name} wants to learn."
            : $"No shared skill: {mentor.Name} offers nothing {mentee.Name} asked for.");
        var goalWords = mentee.Words.Where(mentor.Words.Contains).Order(StringComparer.Ordinal).Take(rules.MaxGoalWords).ToList();
        if (goalWords.Count > 0)
        {
            score += rules.GoalWordWeight * goalWords.Count;
            reasons.Add($"{mentee.Name}'s goals mention {Join(goalWords.Select(w => $"\"{w}\""))}, which {mentor.Name}'s skills or bio cover.");
        }
        if (mentor.UnitId is { } mu && mentee.UnitId is { } eu && mu != eu)
        {
            score += rules.CrossUnitWeight;
            reasons.Add($"They work in different units ({mentor.UnitName} and {mentee.UnitName}).");
        }
        if (mentor.Level is { } a && mentee.Level is { } b) reasons.Add($"{mentor.Name} is {a - b} level{(a - b == 1 ? "" : "s")} above.");
        var menteeRank = Array.IndexOf(mentee.Preferences, mentor.PersonId);
        if (menteeRank is >= 0 and < 3)
        {
            score += rules.PreferenceWeight * (3 - menteeRank);
            reasons.Add($"{mentor.Name} is {mentee.Name}'s {Ordinal(menteeRank + 1)} choice.");
        }
        var mentorRank = Array.IndexOf(mentor.Preferences, mentee.PersonId);
        if (mentorRank is >= 0 and < 3)
        {
            score += rules.PreferenceWeight * (3 - mentorRank);
            reasons.Add($"{mentee.Name} is {mentor.Name}'s {Ordinal(mentorRank + 1)} choice.");
        }
        return new PairScore(score, reasons);
    }

    public static MentoringPlan Plan(MentoringRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pairs = new List<ScoredPair>();
        for (var m = 0; m < request.Mentors.Count; m++)
            for (var e = 0; e < request.Mentees.Count; e++)
                if (WhyNot(request.Rules, request.Mentors[m], request.Mentees[e]) is null)
                    pairs.Add(new ScoredPair(m, e, Score(request, request.Mentors[m], request.Mentees[e]).Score));
        var capacities = request.Mentors.Select(m => Math.Max(0, m.Capacity)).ToArray();
        var assignment = BMatching.Solve(capacities, request.Mentees.Count, [.. pairs], requireFullAssignment: true, ct);
        var planned = new List<PlannedPair>();
        var unassigned = new List<UnassignedMentee>();
        for (var e = 0; e < request.Mentees.Count; e++)
        {
            var mentee = request.Mentees[e];
            if (assignment.LeftOf[e] is var m and >= 0)
            {
                var mentor = request.Mentors[m];
                var (score, reasons) = Score(request, mentor, mentee);
                planned.Add(new PlannedPair(mentor.PersonId, mentee.PersonId, score, reasons));
            }
            else
            {
                unassigned.Add(new UnassignedMentee(mentee.PersonId, WhyUnassigned(request, mentee, fits => $"Every mentor who fits ({fits}) is already at capacity.")));
            }
        }
        return new MentoringPlan(planned, unassigned, planned.Sum(p => p.Score));
    }

    /// <summary>Why a mentee has no mentor: no mentor is allowed (counted by reason), or <paramref name="whenSomeFit"/>.</summary>
    public static string WhyUnassigned(MentoringRequest request, MentoringCandidate mentee, Func<int, string> whenSomeFit)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(whenSomeFit);
        if (request.Mentors.Count == 0) return "No mentor has applied yet.";
        var fits = 0;
        var excluded = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var mentor in request.Mentors)
        {
            var why = WhyNot(request.Rules, mentor, mentee);
            if (why is null) fits++;
            else
            {
                var key = why.StartsWith("the mentor is", StringComparison.Ordinal)
                    ? $"outside the level range ({request.Rules.MinLevelGap}–{request.Rules.MaxLevelGap} levels above)"
                    : why;
                excluded[key] = excluded.GetValueOrDefault(key) + 1;
            }
        }
        if (fits > 0) return whenSomeFit(fits);
        return "No mentor fits: " + string.Join("; ", excluded.Select(x => $"{x.Value} {(x.Value == 1 ? "is" : "are")} excluded because {x.Key}")) + ".";
    }

    static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    static string Ordinal(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };
}
