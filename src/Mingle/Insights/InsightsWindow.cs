using System.Globalization;
using Mingle.Errors;

namespace Mingle.Insights;

/// <summary>The windows insights are taken over: 30, 90 (default), 180 or 365 days, written "90d".</summary>
public static class InsightsWindow
{
    public const int Default = 90;

    public static IReadOnlyList<int> Allowed { get; } = [30, 90, 180, 365];

    public static int Parse(string? window)
    {
        if (string.IsNullOrWhiteSpace(window)) return Default;
        var text = window.Trim().ToLowerInvariant();
        if (text.EndsWith('d')) text = text[..^1];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && Allowed.Contains(days)
            ? days
            : throw new ValidationException("window", "Window must be one of 30d, 90d, 180d or 365d.");
    }
}
