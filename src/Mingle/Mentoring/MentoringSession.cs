namespace Mingle.Mentoring;

/// <summary>A logged mentoring session (either party logs it); it is also an Interaction between the two.</summary>
public sealed class MentoringSession
{
    public long Id { get; set; }
    public long RelationshipId { get; set; }
    public int LoggedById { get; set; }
    public DateOnly HeldOn { get; set; }
    /// <summary>Markdown, sanitised whenever it is shown.</summary>
    public string? Note { get; set; }
    public long? InteractionId { get; set; }
    public DateTime CreatedAt { get; set; }
}
