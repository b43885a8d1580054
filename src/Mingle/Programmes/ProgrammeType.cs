namespace Mingle.Programmes;

public enum ProgrammeType
{
    Coffee,
    Mentoring,
    Sponsorship,
    Buddy,
}
