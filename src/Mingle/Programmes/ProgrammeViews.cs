using Mingle.People;

namespace Mingle.Programmes;

/// <summary>A programme as anyone sees it, with the caller's own membership. <see cref="Members"/> is null below the
/// minimum group size (privacy rule 1).</summary>
public sealed record ProgrammeView(
    string Slug, string Name, string? Description, string Type, string Cadence, bool EnrolAll, int GroupSize,
    string? Owner, bool IOwnIt, int? Members, string MyStatus, DateOnly? PausedUntil)
{
    /// <summary>Who the programme is for (its size only for the owner or an Admin).</summary>
    public AudienceView? Audience { get; init; }

    /// <summary>Whether I am in the audience; people outside it are not offered Join.</summary>
    public bool InAudience { get; init; } = true;
}

public sealed record ProgrammeList(IReadOnlyList<ProgrammeView> Items);

public sealed record PlannedMatch(IReadOnlyList<PersonRef> People, double Weight, string Explanation, DateTime SuggestedStart);

/// <summary>A dry run (or the result of publishing). Who could not be matched is a count only.</summary>
public sealed record RoundPreview(
    string Programme, DateOnly Period, int Participants, IReadOnlyList<PlannedMatch> Matches, int Unmatched,
    int SkippedForLoad, bool Exact, int? Round);

public sealed record MyMatch(
    long Id, string Programme, string ProgrammeName, int Round, DateOnly Period, IReadOnlyList<PersonRef> With,
    string Explanation, DateTime SuggestedStart, string? MyFollowUp);

public sealed record MyMatchList(IReadOnlyList<MyMatch> Items);

/// <summary>Programme health for its owner. Every figure is null when fewer than the minimum group size of people
/// stand behind it (privacy rule 1).</summary>
public sealed record ProgrammeMetrics(int? Participants, int Rounds, int? Matches, double? MeetingRate, double? CrossUnitShare);
