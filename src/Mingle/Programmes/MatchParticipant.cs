namespace Mingle.Programmes;

/// <summary>One person of a match and their answer to "did you meet?".</summary>
public sealed class MatchParticipant
{
    public long MatchId { get; set; }
    public int PersonId { get; set; }
    public FollowUpAnswer? FollowUp { get; set; }
    public DateTime? AnsweredAt { get; set; }
}
