namespace Mingle.Mentoring;

/// <summary>The proposed pairs (each with its score and reasons) and the mentees left out, with why.</summary>
public sealed record MentoringPlan(IReadOnlyList<PlannedPair> Pairs, IReadOnlyList<UnassignedMentee> Unassigned, double TotalScore);

public sealed record PlannedPair(int MentorId, int MenteeId, double Score, IReadOnlyList<string> Reasons);

public sealed record UnassignedMentee(int MenteeId, string Why);

public sealed record PairScore(double Score, IReadOnlyList<string> Reasons);
