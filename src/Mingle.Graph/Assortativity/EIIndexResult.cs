namespace Mingle.Graph.Assortativity;

/// <summary>
/// Krackhardt–Stern E-I index: <paramref name="Index"/> = (E − I)/(E + I) over all edges, from −1 (all ties inside
/// groups) to +1 (all ties across groups); <paramref name="External"/> and <paramref name="Internal"/> are the edge
/// counts (or weights). <paramref name="GroupIndex"/>[g] is the same ratio over the edges touching group g, where an
/// edge is external to g when exactly one end is in g. NaN where there are no edges to count.
/// </summary>
public sealed record EIIndexResult(double Index, double External, double Internal, double[] GroupIndex);
