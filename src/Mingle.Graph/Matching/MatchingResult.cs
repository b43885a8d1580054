namespace Mingle.Graph.Matching;

/// <summary>A matching: <paramref name="Mate"/>[v] is v's partner or −1; <paramref name="TotalWeight"/> sums the
/// weights of the matched edges (1 each when the graph is unweighted).</summary>
public sealed record MatchingResult(int[] Mate, double TotalWeight)
{
    /// <summary>Number of matched pairs.</summary>
    public int PairCount
    {
        get
        {
            var count = 0;
            for (var v = 0; v < Mate.Length; v++)
                if (Mate[v] > v) count++;
            return count;
        }
    }
}
