using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Mingle.Insights;

/// <summary>
/// Settings under <c>Insights:</c>. The minimum group size can only be raised: privacy rule 1 says k is at least
/// <see cref="FloorGroupSize"/>, so a lower configured value is ignored rather than trusted.
/// </summary>
public sealed record InsightsOptions
{
    public const int FloorGroupSize = 5;

    public int MinGroupSize { get; init; } = FloorGroupSize;

    /// <summary>A tie needs at least this many interactions …</summary>
    public int TieMinInteractions { get; init; } = 2;

    /// <summary>… within this many days of each other (4 weeks).</summary>
    public int TieSpanDays { get; init; } = 28;

    /// <summary>Recency: an interaction counts 0.5^(age / half-life) towards the tie weight (as in TieStrength).</summary>
    public double HalfLifeDays { get; init; } = 30;

    /// <summary>k as enforced: never below the floor, whatever the configuration says.</summary>
    public int K => Math.Max(FloorGroupSize, MinGroupSize);

    public static InsightsOptions From(IConfiguration? configuration)
    {
        var options = new InsightsOptions();
        if (configuration is null) return options;
        var section = configuration.GetSection("Insights");
        return options with
        {
            MinGroupSize = Int(section["MinGroupSize"]) is { } k && k >= FloorGroupSize ? k : FloorGroupSize,
            TieMinInteractions = Int(section["TieMinInteractions"]) is { } m && m >= 1 ? m : options.TieMinInteractions,
            TieSpanDays = Int(section["TieSpanDays"]) is { } d && d >= 1 ? d : options.TieSpanDays,
        };
    }

    static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
