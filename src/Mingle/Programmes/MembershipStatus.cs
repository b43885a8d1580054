namespace Mingle.Programmes;

public enum MembershipStatus
{
    Active,
    Paused,
    Left,
}
