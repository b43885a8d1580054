namespace Mingle.Programmes;

public enum ProgrammeCadence
{
    Weekly,
    Fortnightly,
    Monthly,
}
