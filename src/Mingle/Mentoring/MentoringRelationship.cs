namespace Mingle.Mentoring;

/// <summary>A mentor and a mentee in a programme: a draft pair while Proposed, then Active until either ends it.</summary>
public sealed class MentoringRelationship
{
    public long Id { get; set; }
    public int ProgrammeId { get; set; }
    public int MentorId { get; set; }
    public int MenteeId { get; set; }
    public MentoringRelationshipStatus Status { get; set; }
    public double Score { get; set; }
    /// <summary>Why they were paired, one plain-language reason per line (set on publishing).</summary>
    public string? Reasons { get; set; }
    public string? Goals { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public int? EndedById { get; set; }
    public List<MentoringSession> Sessions { get; set; } = [];
}
