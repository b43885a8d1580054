namespace Mingle.Mentoring;

/// <summary>A cohort to assign: mentors (with remaining capacity), mentees, rules and skill names for the reasons.</summary>
public sealed record MentoringRequest(
    IReadOnlyList<MentoringCandidate> Mentors, IReadOnlyList<MentoringCandidate> Mentees, MentoringRules Rules,
    IReadOnlyDictionary<int, string> SkillNames);
