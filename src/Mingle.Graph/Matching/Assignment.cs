namespace Mingle.Graph.Matching;

/// <summary>Result of <see cref="BMatching.Solve"/>: <paramref name="LeftOf"/>[r] is the left node right node r
/// is assigned to, or −1; <paramref name="TotalScore"/> sums the chosen pairs' scores.</summary>
public sealed record Assignment(int[] LeftOf, double TotalScore, int AssignedCount);
