namespace Mingle.Network;

/// <summary>When an entry with a cadence is next due: cadence days after the last interaction (or after adding them).</summary>
public static class KeepInTouch
{
    public static DateOnly? NextDue(NetworkEntry entry, DateOnly? lastInteraction)
    {
        if (entry.CadenceDays is not { } cadence) return null;
        var since = lastInteraction ?? DateOnly.FromDateTime(entry.CreatedAt);
        var due = since.AddDays(cadence);
        // A snooze pushes the reminder to the snooze date, never earlier than it would have been.
        return entry.SnoozedUntil is { } snoozed && snoozed > due ? snoozed : due;
    }
}
