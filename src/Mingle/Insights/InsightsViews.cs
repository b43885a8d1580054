namespace Mingle.Insights;

/// <summary>The organisation over a window; metrics are null where undefined (no ties) or when the organisation is below k.</summary>
public sealed record OrganisationInsights(
    int WindowDays,
    DateTime WindowEnd,
    int MinGroupSize,
    bool Suppressed,
    int? Size,
    long? Ties,
    double? Density,
    double? AverageNetworkSize,
    double? AverageBreadth,
    double? CrossUnitShare,
    double? EIIndex,
    double? FormalModularity,
    double? InformalModularity,
    int? Communities,
    double? Nmi,
    IReadOnlyDictionary<string, int>? Roles,
    IReadOnlyList<TrendPoint> Trend);

public sealed record TrendPoint(DateOnly WeekStart, int Size, double? Density, double? AverageNetworkSize, double? CrossUnitShare,
    double? EIIndex, double? FormalModularity, double? InformalModularity, double? Nmi);

/// <summary>One visible group. Exactly one of UnitId, LocationId, Band is set.</summary>
public sealed record GroupInsight(
    int? UnitId,
    int? LocationId,
    string? Band,
    string Name,
    string? Path,
    int Size,
    double? Density,
    double? EIIndex,
    double? Breadth,
    double? PeripheralShare,
    long InternalTies,
    long ExternalTies,
    IReadOnlyDictionary<string, int> Roles);

/// <summary>A listing of groups; <see cref="Suppressed"/> counts groups left out under the minimum group size rules.</summary>
public sealed record GroupInsightList(int WindowDays, string Level, int? LocationId, int MinGroupSize, IReadOnlyList<GroupInsight> Items, int Suppressed);

public sealed record UnitTie(int UnitId, string Name, int Size, long Ties, double Density);

/// <summary>The unit explorer: a unit's metrics and its ties to the other visible units of the same level.</summary>
public sealed record UnitInsightDetail(int WindowDays, GroupInsight Unit, string Level, IReadOnlyList<UnitTie> Ties, int Suppressed,
    IReadOnlyList<UnitTrendPoint> Trend);

/// <summary>One week's stored snapshot of a unit (only weeks in which it had at least k people).</summary>
public sealed record UnitTrendPoint(DateOnly WeekStart, int Size, double? Density, double? EIIndex, double? Breadth, double? PeripheralShare);

/// <summary>Tie density between visible units (ties / (size × size); the diagonal is internal density).</summary>
public sealed record Heatmap(int WindowDays, string Level, int? LocationId, IReadOnlyList<HeatmapUnit> Units,
    IReadOnlyList<IReadOnlyList<double?>> Density, int Suppressed);

public sealed record HeatmapUnit(int UnitId, string Name, int Size);

/// <summary>
/// Unit pairs ranked by how little they talk: Ratio is their tie density over the organisation's average density
/// between units of this level (0 = no ties at all, 1 = as connected as an average pair). BarelyTalk below 0.25.
/// Units ranked by E-I index, most inward-looking first.
/// </summary>
public sealed record SiloReport(int WindowDays, string Level, double? ExpectedDensity, IReadOnlyList<SiloPair> Pairs,
    IReadOnlyList<SiloUnit> Units, int Suppressed);

public sealed record SiloPair(int UnitA, string NameA, int UnitB, string NameB, long Ties, double Density, double? Ratio, bool BarelyTalk);

public sealed record SiloUnit(int UnitId, string Name, int Size, double? EIIndex, double? Breadth);

/// <summary>A named role list (privacy rule 3): only people who consented, only while the policy allows it.</summary>
public sealed record NamedRoleList(int WindowDays, string Role, int? UnitId, IReadOnlyList<NamedPerson> People);

public sealed record NamedPerson(int Id, string Name, string? Title, string? Unit);

/// <summary>Informal vs formal: how the detected communities map onto departments (visible ones only).</summary>
public sealed record InformalFormal(int WindowDays, double? FormalModularity, double? InformalModularity, double? Nmi,
    int Communities, IReadOnlyList<CommunityMix> LargestCommunities, int Suppressed);

/// <summary>A detected community of at least k people: its size and the share of it each visible department makes up.</summary>
public sealed record CommunityMix(int Size, int Departments, IReadOnlyList<DepartmentShare> Shares);

public sealed record DepartmentShare(int UnitId, string Name, double Share);
