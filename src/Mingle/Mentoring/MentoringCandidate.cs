namespace Mingle.Mentoring;

/// <summary>
/// One applicant as the planner sees them. <paramref name="Skills"/>: skill id → the person's level in it (offered
/// skills for a mentor, wanted skills for a mentee; 0 when not on the profile). <paramref name="Words"/>: a mentee's
/// goal words, or a mentor's goal, bio and skill words. <paramref name="Preferences"/>: ranked person ids.
/// <paramref name="Capacity"/>: mentees a mentor can still take.
/// </summary>
public sealed record MentoringCandidate(
    int PersonId, string Name, MentoringRole Role, int? UnitId, string? UnitName, int? Level, int[] ManagerChain,
    IReadOnlyDictionary<int, int> Skills, IReadOnlySet<string> Words, int[] Preferences, int[] Blocks, int Capacity = 1);
