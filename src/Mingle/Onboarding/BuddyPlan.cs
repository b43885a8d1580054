namespace Mingle.Onboarding;

/// <summary>A whole assignment: one buddy per new hire where possible, and why the others got none.</summary>
public sealed record BuddyPlan(IReadOnlyList<BuddyPair> Pairs, IReadOnlyList<UnassignedHire> Unassigned, double TotalScore);

public sealed record BuddyPair(int NewHireId, int BuddyId, double Score, string Reason);

public sealed record UnassignedHire(int NewHireId, string Why);
