namespace Mingle.Programmes;

/// <summary>"Don't match me with this person", across all programmes. Only the blocker ever sees it.</summary>
public sealed class MatchBlock
{
    public int BlockerId { get; set; }
    public int BlockedId { get; set; }
    public DateTime CreatedAt { get; set; }
}
