namespace Mingle.Matching;

/// <summary>
/// Everything one round is planned from. <paramref name="RecentPairs"/> holds <see cref="PairKey"/>s of person ids
/// matched within the last <see cref="CoffeeRules.RepeatRounds"/> rounds; <paramref name="Density"/> is measured
/// between the participants' <see cref="CoffeeParticipant.Department"/>s. Names are only used in explanations.
/// </summary>
public sealed record CoffeeRoundRequest(
    IReadOnlyList<CoffeeParticipant> People,
    UnitTieDensity Density,
    IReadOnlySet<long> RecentPairs,
    CoffeeRules Rules,
    CoffeeStrategy Strategy = CoffeeStrategy.SiloAware,
    int Seed = 0)
{
    public IReadOnlyDictionary<int, string>? DepartmentNames { get; init; }

    public IReadOnlyDictionary<int, string>? LocationNames { get; init; }

    public IReadOnlyDictionary<int, string>? InterestNames { get; init; }
}
