namespace Mingle.Network;

/// <summary>
/// Tie strength: every interaction of mine with the person counts <c>count × 0.5^(age in days / 30)</c>, so an
/// interaction today is worth 1, one 30 days ago 0.5, one 90 days ago 0.125. Age is in whole days because logged
/// interactions carry a date, not a time. Recent contact dominates and a tie left alone fades without ever being
/// forgotten outright. Interactions dated in the future count as today.
/// </summary>
public static class TieStrength
{
    public const double HalfLifeDays = 30;

    public static double Of(IEnumerable<(DateTime At, int Count)> interactions, DateOnly today)
    {
        var sum = 0.0;
        foreach (var (at, count) in interactions)
        {
            var ageDays = Math.Max(0, today.DayNumber - DateOnly.FromDateTime(at).DayNumber);
            sum += count * Math.Pow(0.5, ageDays / HalfLifeDays);
        }
        return Math.Round(sum, 3);
    }
}
