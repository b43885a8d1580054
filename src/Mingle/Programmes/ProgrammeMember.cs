namespace Mingle.Programmes;

/// <summary>A person's membership of a programme: active, paused until a date, or left.</summary>
public sealed class ProgrammeMember
{
    public int ProgrammeId { get; set; }
    public int PersonId { get; set; }
    public MembershipStatus Status { get; set; }
    public DateOnly? PausedUntil { get; set; }
    public DateTime JoinedAt { get; set; }

    public bool IsActiveOn(DateOnly day) =>
        Status == MembershipStatus.Active || (Status == MembershipStatus.Paused && PausedUntil is { } until && until <= day);
}
