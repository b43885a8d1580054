using Mingle.People;

namespace Mingle.Kudos;

public sealed record KudosView(long Id, PersonRef From, PersonRef To, string Message, string? Skill, long? MatchId, DateTime At, bool Hidden);

/// <summary>Kudos I received (hidden ones too, flagged) and gave.</summary>
public sealed record MyKudos(IReadOnlyList<KudosView> Received, IReadOnlyList<KudosView> Given);

/// <summary>What colleagues see on a profile: the count and the most recent, without the ones the person hid.</summary>
public sealed record PersonKudos(int PersonId, int Count, IReadOnlyList<KudosView> Recent);

public sealed record HideKudos(bool Hidden);
