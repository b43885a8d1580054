namespace Mingle.Insights;

/// <summary>
/// One week's metrics for the organisation or one visible unit, stored so trends are cheap. Only groups that passed
/// the minimum-size rules when the snapshot was taken are stored; no row names a person.
/// </summary>
public sealed class InsightsSnapshot
{
    public long Id { get; set; }

    /// <summary>The Monday of the week the snapshot describes.</summary>
    public DateOnly WeekStart { get; set; }

    public int WindowDays { get; set; }

    /// <summary>0 for the organisation (a real value, so the unique index also holds for it).</summary>
    public int UnitId { get; set; }

    public required string Name { get; set; }

    public int Size { get; set; }

    public long Ties { get; set; }

    public double? Density { get; set; }

    public double? AverageNetworkSize { get; set; }

    public double? Breadth { get; set; }

    public double? CrossUnitShare { get; set; }

    public double? EIIndex { get; set; }

    public double? FormalModularity { get; set; }

    public double? InformalModularity { get; set; }

    public double? Nmi { get; set; }

    public double? PeripheralShare { get; set; }

    public int CentralConnectors { get; set; }

    public int BoundarySpanners { get; set; }

    public int InformationBrokers { get; set; }

    public int Peripheral { get; set; }

    public int Overloaded { get; set; }

    public DateTime CreatedAt { get; set; }
}
