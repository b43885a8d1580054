namespace Mingle.Mentoring;

public enum MentoringRole
{
    Mentor,
    Mentee,
}
