namespace Mingle.Sponsorship;

public enum NominationOutcome
{
    Pending,
    Successful,
    NotSelected,
}
