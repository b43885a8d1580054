using Mingle.Matching;

namespace Mingle.Programmes;

/// <summary>
/// An organised way of meeting (coffee roulette for now), owned by a ProgrammeOwner. With <see cref="EnrolAll"/>
/// everyone in the audience takes part unless they leave; otherwise people opt in (privacy rule 4).
/// The rule columns are the programme's <see cref="CoffeeRules"/>.
/// </summary>
public sealed class Programme
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public ProgrammeType Type { get; set; } = ProgrammeType.Coffee;
    /// <summary>Null once the owner has been erased; an Admin can take the programme over.</summary>
    public int? OwnerId { get; set; }
    public bool EnrolAll { get; set; }
    public ProgrammeCadence Cadence { get; set; } = ProgrammeCadence.Fortnightly;
    public int GroupSize { get; set; } = 2;
    public int RepeatRounds { get; set; } = 6;
    public double MinOverlapHours { get; set; } = 2;
    public int MaxLevelGap { get; set; } = 4;
    public double CrossUnitWeight { get; set; } = 1.0;
    public double CrossLocationWeight { get; set; } = 0.5;
    public double CrossLevelWeight { get; set; } = 0.3;
    public double SiloWeight { get; set; } = 3.0;
    public double SharedInterestWeight { get; set; } = 0.2;
    public DateTime CreatedAt { get; set; }

    /// <summary>Audience: lowest and highest level (either optional); with the units and locations below, see <see cref="Audience"/>.</summary>
    public int? AudienceMinLevel { get; set; }
    public int? AudienceMaxLevel { get; set; }
    public List<ProgrammeAudienceUnit> AudienceUnits { get; set; } = [];
    public List<ProgrammeAudienceLocation> AudienceLocations { get; set; } = [];

    public CoffeeRules Rules() => new()
    {
        GroupSize = GroupSize,
        RepeatRounds = RepeatRounds,
        MinOverlapHours = MinOverlapHours,
        MaxLevelGap = MaxLevelGap,
        CrossUnitWeight = CrossUnitWeight,
        CrossLocationWeight = CrossLocationWeight,
        CrossLevelWeight = CrossLevelWeight,
        SiloWeight = SiloWeight,
        SharedInterestWeight = SharedInterestWeight,
    };

    /// <summary>The first day of the cadence period that contains <paramref name="day"/>: one round per period.</summary>
    public DateOnly PeriodStart(DateOnly day) => Cadence switch
    {
        ProgrammeCadence.Monthly => new DateOnly(day.Year, day.Month, 1),
        ProgrammeCadence.Weekly => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        // Fortnights counted from Monday 2024-01-01, so every instance agrees on the boundaries.
        _ => new DateOnly(2024, 1, 1).AddDays((day.DayNumber - new DateOnly(2024, 1, 1).DayNumber) / 14 * 14),
    };
}
