namespace Mingle.Introductions;

/// <summary>
/// A connector's proposal that two colleagues meet. Double opt-in: each party answers on their own; only when both
/// accept are they connected. Each party's answer is theirs: the other party never sees it (a decline looks like
/// "still waiting" until the introduction expires) and the connector only ever sees "accepted" or "not now".
/// </summary>
public sealed class Introduction
{
    /// <summary>Two weeks to answer; after that an open introduction lapses quietly.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public const int MaxReasonLength = 1000;

    public int Id { get; set; }

    public int ConnectorId { get; set; }

    public int PersonAId { get; set; }

    public int PersonBId { get; set; }

    public required string Reason { get; set; }

    public IntroductionAnswer AnswerA { get; set; }

    public IntroductionAnswer AnswerB { get; set; }

    public DateTime? AnsweredAAt { get; set; }

    public DateTime? AnsweredBAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>Set when the second acceptance arrives: the two were connected then.</summary>
    public DateTime? AcceptedAt { get; set; }

    public bool IsParty(int personId) => personId == PersonAId || personId == PersonBId;

    public bool Involves(int personId) => personId == ConnectorId || IsParty(personId);

    public int OtherParty(int me) => me == PersonAId ? PersonBId : PersonAId;

    public IntroductionAnswer AnswerOf(int party) => party == PersonAId ? AnswerA : AnswerB;

    public bool IsOpen(DateTime now) =>
        AcceptedAt is null && AnswerA != IntroductionAnswer.Declined && AnswerB != IntroductionAnswer.Declined && ExpiresAt > now;
}
