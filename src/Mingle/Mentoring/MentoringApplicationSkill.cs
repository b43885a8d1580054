namespace Mingle.Mentoring;

/// <summary>A catalogue skill on an application: offered (mentor) or wanted (mentee), by the application's role.</summary>
public sealed class MentoringApplicationSkill
{
    public long ApplicationId { get; set; }
    public int SkillId { get; set; }
}
