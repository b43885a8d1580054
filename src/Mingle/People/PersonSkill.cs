namespace Mingle.People;

public sealed class PersonSkill
{
    public int PersonId { get; set; }

    public int SkillId { get; set; }

    public Skill? Skill { get; set; }

    /// <summary>Self-declared proficiency 1 (beginner) to 5 (expert).</summary>
    public int Level { get; set; }

    public bool CanTeach { get; set; }

    public bool WantsToLearn { get; set; }
}
