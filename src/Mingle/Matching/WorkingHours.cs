namespace Mingle.Matching;

/// <summary>Shared working hours of two people, each working <see cref="CoffeeRules.WorkdayStartHour"/> to
/// <see cref="CoffeeRules.WorkdayEndHour"/> in their own UTC offset. Days wrap, so +13:00 and −11:00 share a day.</summary>
public static class WorkingHours
{
    const int Day = 24 * 60;

    /// <summary>Minutes both people work, on the best-aligned pair of days.</summary>
    public static int OverlapMinutes(int utcOffsetA, int utcOffsetB) => Overlap(utcOffsetA, utcOffsetB).Minutes;

    /// <summary>The shared window as UTC minutes from midnight of person A's working day (may be negative or past
    /// 1440) and its length; length 0 when they never overlap.</summary>
    public static (int StartUtcMinute, int Minutes) Overlap(int utcOffsetA, int utcOffsetB)
    {
        var startA = CoffeeRules.WorkdayStartHour * 60 - utcOffsetA;
        var endA = CoffeeRules.WorkdayEndHour * 60 - utcOffsetA;
        var best = (Start: 0, Minutes: 0);
        foreach (var shift in (ReadOnlySpan<int>)[-Day, 0, Day])
        {
            var startB = CoffeeRules.WorkdayStartHour * 60 - utcOffsetB + shift;
            var endB = CoffeeRules.WorkdayEndHour * 60 - utcOffsetB + shift;
            var length = Math.Min(endA, endB) - Math.Max(startA, startB);
            if (length > best.Minutes) best = (Math.Max(startA, startB), length);
        }
        return best;
    }
}
