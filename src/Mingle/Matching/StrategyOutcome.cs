namespace Mingle.Matching;

/// <summary>
/// What one strategy achieved over the simulated rounds: department pairs that had no tie before and have one now,
/// new ties across departments, the change of the cross-department E-I index, pairs matched again within the
/// no-repeat window (<see cref="CoffeeRules.RepeatRounds"/>) and at all during the simulation, person-rounds left without a group, and the total planning time. <see cref="UnconnectedBefore"/> is how many
/// department pairs had no tie at the start.
/// </summary>
public sealed record StrategyOutcome(
    int NewDepartmentPairs,
    int NewCrossUnitTies,
    double EiDelta,
    int Repeats,
    int RepeatsEver,
    int Unmatched,
    long PlanMs,
    int UnconnectedBefore)
{
    /// <summary>The department pairs behind <see cref="NewDepartmentPairs"/>.</summary>
    public IReadOnlyList<(int A, int B)> NewlyConnected { get; init; } = [];

    /// <summary>Processor time of planning (all threads); on a shared machine a fairer figure than wall time.</summary>
    public long PlanCpuMs { get; init; }

    /// <summary>Planning wall time per stage, summed over the rounds (see <see cref="CoffeeRoundPlan.StageMs"/>).</summary>
    public IReadOnlyDictionary<string, long> StageMs { get; init; } = new Dictionary<string, long>();

    /// <summary>Groups of three over all rounds (everyone else met in pairs): each person still has one meeting per round.</summary>
    public int Trios { get; init; }
}
