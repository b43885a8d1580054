namespace Mingle.Network;

public enum ConnectionRequestStatus
{
    Pending = 0,
    Accepted = 1,

    /// <summary>Known to the recipient only; the sender keeps seeing Pending until the request expires.</summary>
    Declined = 2,
}
