namespace Mingle.Insights;

/// <summary>
/// The organisation as a whole over one window. Cross-unit measures (breadth, share of cross-unit ties, E-I index,
/// formal modularity) use departments; "informal" is the Leiden partition of the tie graph, and NMI says how far the
/// informal structure follows the org chart (1 = exactly, 0 = unrelated).
/// </summary>
public sealed record OrganisationMetrics(
    int Size,
    long Ties,
    double Density,
    double AverageNetworkSize,
    double AverageBreadth,
    double CrossUnitShare,
    double EIIndex,
    double FormalModularity,
    double InformalModularity,
    int Communities,
    double Nmi,
    IReadOnlyDictionary<string, int> Roles);
