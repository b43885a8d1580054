namespace Mingle.Mentoring;

/// <summary>Feedback given when ending a relationship. Only ever shown to the programme's owner, in aggregate over
/// at least the minimum group size, never with a name.</summary>
public sealed class MentoringFeedback
{
    public long Id { get; set; }
    public long RelationshipId { get; set; }
    public int GivenById { get; set; }
    public int Rating { get; set; }
    public string? Text { get; set; }
    public DateTime CreatedAt { get; set; }
}
