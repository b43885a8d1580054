namespace Mingle.Onboarding;

/// <summary>UTC offsets in minutes of IANA time zones at one instant, cached per zone; unknown or missing zones are UTC.</summary>
public sealed class UtcOffsets(DateTime at)
{
    readonly Dictionary<string, int> cache = new(StringComparer.Ordinal);

    public int Of(string? zone)
    {
        if (zone is null) return 0;
        if (!cache.TryGetValue(zone, out var minutes))
            cache[zone] = minutes = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz)
                ? (int)tz.GetUtcOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)).TotalMinutes : 0;
        return minutes;
    }
}
