using Mingle.People;

namespace Mingle.Privacy;

public sealed record PersonalData(
    DateTime ExportedAt,
    PersonProfile Profile,
    string EmployeeId,
    string Status,
    DateTime CreatedAt,
    IReadOnlyList<ExportedInteraction> Interactions,
    IReadOnlyList<ExportedNetworkEntry> Network,
    IReadOnlyList<ExportedConnectionRequest> ConnectionRequests,
    IReadOnlyList<ExportedNotification> Notifications,
    IReadOnlyList<ExportedRole> Roles,
    IReadOnlyList<ExportedToken> ApiTokens,
    IReadOnlyList<ExportedAuditEntry> AuditTrail,
    IReadOnlyList<ExportedSuggestionDismissal> SuggestionDismissals,
    bool IncludeInNamedInsights)
{
    /// <summary>Introductions I made or was part of (my own answer only, never the other party's).</summary>
    public IReadOnlyList<ExportedIntroduction> Introductions { get; init; } = [];

    /// <summary>My programme memberships, the people I block, my load budget and my matches with my answers.</summary>
    public ExportedProgrammes? Programmes { get; init; }

    /// <summary>My own survey answers; never the nominations others made of me.</summary>
    public IReadOnlyList<ExportedSurveyResponse> SurveyResponses { get; init; } = [];

    /// <summary>My mentoring applications, relationships with their sessions, and the feedback I gave.</summary>
    public Mentoring.ExportedMentoring? Mentoring { get; init; }

    /// <summary>My onboarding journeys, the new hires I buddy and the introductions I was down for.</summary>
    public Onboarding.ExportedOnboarding? Onboarding { get; init; }

    /// <summary>My sponsorship pairs (as sponsor or protégé) with their nominations.</summary>
    public Sponsorship.ExportedSponsorship? Sponsorship { get; init; }

    /// <summary>Endorsements I gave (naming whom) and received (the skill and when only, as the profile shows counts).</summary>
    public IReadOnlyList<ExportedEndorsement> Endorsements { get; init; } = [];

    /// <summary>Kudos I gave (to whom) and received (from whom), with their messages.</summary>
    public IReadOnlyList<global::Mingle.Kudos.ExportedKudos> Kudos { get; init; } = [];
}

public sealed record ExportedProgrammes(
    IReadOnlyList<ExportedMembership> Memberships, IReadOnlyList<int> BlockedPersonIds, int? MaxMeetingsPerMonth,
    IReadOnlyList<ExportedMatch> Matches, IReadOnlyList<string> ProgrammesOwned);

public sealed record ExportedMembership(string Programme, string Status, DateOnly? PausedUntil, DateTime JoinedAt);

public sealed record ExportedMatch(string Programme, DateOnly Period, IReadOnlyList<int> WithPersonIds, string Explanation, string? MyFollowUp);

/// <summary>My own answers to a survey; never the nominations others made of me.</summary>
public sealed record ExportedSurveyResponse(
    int SurveyId, string Survey, DateTime SubmittedAt, DateTime UpdatedAt, string? Comment, IReadOnlyList<ExportedSurveyAnswer> Answers);

public sealed record ExportedSurveyAnswer(string Question, int? Value, IReadOnlyList<ExportedNomination> Names);

public sealed record ExportedNomination(int PersonId, string? Name, int? Frequency);

public sealed record ExportedInteraction(
    DateTime OccurredAt, string Type, string Direction, int Count, string Source, string Role, int OtherPersonId,
    string? OtherPersonName, string? MyNote);

public sealed record ExportedRole(string Role, DateTime GrantedAt);

public sealed record ExportedToken(string Prefix, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt);

public sealed record ExportedAuditEntry(DateTime At, string Action, string? Target, bool ByMe);

public sealed record ExportedNetworkEntry(
    int PersonId, string? PersonName, string Kind, string? HowWeMet, string? WhereWeMet, DateOnly? MetOn, string? Tags,
    string? Notes, int? CadenceDays, DateOnly? SnoozedUntil, DateTime AddedAt);

public sealed record ExportedConnectionRequest(
    string Direction, int OtherPersonId, string Status, string? Message, DateTime CreatedAt, DateTime? RespondedAt);

public sealed record ExportedNotification(string Kind, string Payload, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>Someone I asked not to be suggested (for good when <c>Until</c> is null). Others' dismissals of me are
/// their private choice and are not part of my export.</summary>
public sealed record ExportedSuggestionDismissal(int PersonId, string? PersonName, DateOnly? Until, DateTime At);

public sealed record ExportedEndorsement(string Direction, int? PersonId, string Skill, DateTime At);
