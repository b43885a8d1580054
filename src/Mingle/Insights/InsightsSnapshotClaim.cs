namespace Mingle.Insights;

/// <summary>
/// The lease that makes a week's snapshot run exactly once across web instances: (WeekStart, WindowDays) is the key,
/// so a second instance's insert fails and it skips the week. A claim never completed (its instance died) may be taken
/// over once it is older than <see cref="InsightsSnapshots.Lease"/>. No row names a person.
/// </summary>
public sealed class InsightsSnapshotClaim
{
    public DateOnly WeekStart { get; set; }

    public int WindowDays { get; set; }

    public DateTime ClaimedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public int Rows { get; set; }
}
