namespace Mingle.Matching;

/// <summary>
/// A planned round. <see cref="Unmatched"/> lists people no rule-abiding group could take (empty in any ordinary
/// round: the odd person joins a trio); <see cref="SkippedForLoad"/> lists people whose load budget is used up.
/// <see cref="Exact"/> tells whether the exact maximum-weight matching was used (else the fast approximate one).
/// </summary>
public sealed record CoffeeRoundPlan(
    IReadOnlyList<CoffeeGroup> Groups,
    IReadOnlyList<int> Unmatched,
    IReadOnlyList<int> SkippedForLoad,
    int CandidateEdges,
    bool Exact,
    int Repeats)
{
    /// <summary>Milliseconds spent in each planning stage (setup, bridge, candidates, matching, leftovers, trios),
    /// for benchmarks.</summary>
    public IReadOnlyDictionary<string, long> StageMs { get; init; } = new Dictionary<string, long>();
}
