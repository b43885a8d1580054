namespace Mingle.Sponsorship;

public enum NominationKind
{
    Role,
    Project,
    Stretch,
}
