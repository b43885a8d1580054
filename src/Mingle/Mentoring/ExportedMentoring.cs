namespace Mingle.Mentoring;

/// <summary>My mentoring data for the personal data export: my applications (with my preferences), my published
/// relationships with their sessions, and the feedback I gave. Never the preferences others gave about me.</summary>
public sealed record ExportedMentoring(
    IReadOnlyList<ExportedMentoringApplication> Applications, IReadOnlyList<ExportedMentoringRelationship> Relationships,
    IReadOnlyList<ExportedMentoringFeedback> FeedbackGiven);

public sealed record ExportedMentoringApplication(
    string Programme, string Role, string Status, string Goals, int Capacity, IReadOnlyList<string> Skills,
    IReadOnlyList<int> PreferredPersonIds, DateTime CreatedAt);

public sealed record ExportedMentoringRelationship(
    string Programme, string MyRole, int WithPersonId, string Status, string? Goals, string? Reasons, DateTime? StartedAt,
    DateTime? EndedAt, IReadOnlyList<ExportedMentoringSession> Sessions);

public sealed record ExportedMentoringSession(DateOnly HeldOn, string? Note, bool LoggedByMe, DateTime LoggedAt);

public sealed record ExportedMentoringFeedback(string Programme, int Rating, string? Text, DateTime At);
