using Mingle.People;

namespace Mingle.Sponsorship;

public sealed record PairView(long Id, string Programme, PersonRef Sponsor, PersonRef Protege, DateTime StartedAt, DateTime? EndedAt, int Nominations);

public sealed record NominationView(long Id, long PairId, PersonRef Sponsor, PersonRef Protege, string Opportunity, string Kind,
    DateOnly NominatedOn, string Outcome, DateTime? OutcomeAt);

public sealed record SponsorshipOverview(string Programme, int MinSponsorLevel, int MaxProteges, IReadOnlyList<PairView> Pairs,
    IReadOnlyList<NominationView> Nominations);

/// <summary>My side of sponsorship: the protégés I sponsor (and my nominations of them), my sponsors and the
/// nominations made of me.</summary>
public sealed record MySponsorship(IReadOnlyList<PairView> AsSponsor, IReadOnlyList<PairView> AsProtege,
    IReadOnlyList<NominationView> NominationsIMade, IReadOnlyList<NominationView> NominationsOfMe);

public sealed record SponsorshipSettingsView(string Programme, int MinSponsorLevel, int MaxProteges);

/// <summary>Coverage by group: only groups of at least k protégés (and whose differences hold k too) are named;
/// the rest are merged into <see cref="Other"/>, itself shown only when it holds at least k.</summary>
public sealed record CoverageReport(string Programme, string By, int K, int? Proteges, int? Nominations, double? SuccessRate,
    IReadOnlyList<CoverageGroup> Groups, CoverageGroup? Other, int SuppressedGroups);

public sealed record CoverageGroup(string Name, int Proteges, int Nominations, int Successful, int Decided, double? SuccessRate);
