namespace Mingle.Mentoring;

/// <summary>
/// A person's application to a mentoring programme's cohort, as mentor or mentee: goals, skills (offered by a
/// mentor, wanted by a mentee; from the skill catalogue), ranked preferences and, for mentors, a capacity (1–5).
/// One per person and programme; re-applying after a withdrawal replaces it.
/// </summary>
public sealed class MentoringApplication
{
    public long Id { get; set; }
    public int ProgrammeId { get; set; }
    public int PersonId { get; set; }
    public MentoringRole Role { get; set; }
    public MentoringApplicationStatus Status { get; set; }
    public required string Goals { get; set; }
    public int Capacity { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public List<MentoringApplicationSkill> Skills { get; set; } = [];
    public List<MentoringPreference> Preferences { get; set; } = [];
}
