using Mingle.People;

namespace Mingle.Mentoring;

public sealed record MentoringApplicationView(
    long Id, string Programme, string Role, string Status, string Goals, IReadOnlyList<string> Skills, int Capacity,
    IReadOnlyList<PersonRef> Preferences, DateTime CreatedAt);

/// <summary>The owner's view of the cohort: the draft (when adjusted) or the optimal proposal.</summary>
public sealed record CohortProposal(
    string Programme, bool Draft, int Mentors, int Mentees, double TotalScore, IReadOnlyList<ProposedPairView> Pairs,
    IReadOnlyList<UnassignedView> Unassigned, IReadOnlyList<MentorSlot> MentorSlots);

public sealed record ProposedPairView(PersonRef Mentor, PersonRef Mentee, double Score, IReadOnlyList<string> Reasons);

public sealed record UnassignedView(PersonRef Mentee, string Why);

public sealed record MentorSlot(PersonRef Mentor, int Capacity, int Proposed);

public sealed record CohortPublished(string Programme, int Relationships);

public sealed record MentoringRelationshipView(
    long Id, string Programme, string ProgrammeName, string MyRole, PersonRef With, string Status, string? Goals,
    IReadOnlyList<string> Reasons, DateTime? StartedAt, DateTime? EndedAt, bool EndedByMe, IReadOnlyList<MentoringSessionView> Sessions);

public sealed record MentoringSessionView(long Id, DateOnly HeldOn, string? Note, string NoteHtml, bool LoggedByMe, DateTime LoggedAt);

/// <summary>Feedback for the owner: null members when fewer than the minimum group size gave feedback (privacy rule 1).</summary>
public sealed record MentoringFeedbackSummary(int MinimumGroupSize, int? Responses, double? AverageRating, IReadOnlyList<int>? RatingCounts,
    IReadOnlyList<string>? Comments);
