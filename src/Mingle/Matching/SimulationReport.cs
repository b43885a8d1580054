namespace Mingle.Matching;

/// <summary>The outcome of <see cref="CoffeeSimulation.Run"/>: one <see cref="StrategyOutcome"/> per strategy.</summary>
public sealed record SimulationReport(int People, int Rounds, int Seed, IReadOnlyDictionary<CoffeeStrategy, StrategyOutcome> Strategies)
{
    /// <summary>Upper bound on <see cref="StrategyOutcome.NewDepartmentPairs"/> for any strategy that meets in pairs
    /// (and one trio for an odd person out) (<see cref="CoffeeSimulation.MostNewDepartmentPairs"/>); null above <see cref="CoffeeSimulation.BoundLimit"/> unconnected pairs.</summary>
    public int? MostNewDepartmentPairs { get; init; }

    /// <summary>The same bound for plans with groups of up to three (the silo-aware strategy's bridging trios): each
    /// person meets at most two others per round.</summary>
    public int? MostNewDepartmentPairsWithTrios { get; init; }

    /// <summary>The names used on the command line and in JSON.</summary>
    public static string NameOf(CoffeeStrategy strategy) => strategy switch
    {
        CoffeeStrategy.Random => "random",
        CoffeeStrategy.CrossUnit => "cross-unit",
        _ => "mingle",
    };
}
