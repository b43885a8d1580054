namespace Mingle.Matching;

/// <summary>
/// The rules of a coffee round: hard constraints (never broken) and the weights of the soft preferences.
/// A pair's weight is <see cref="BaseWeight"/> plus each preference that holds times its weight.
/// </summary>
public sealed record CoffeeRules
{
    /// <summary>No pair meets again within this many rounds.</summary>
    public int RepeatRounds { get; init; } = 6;

    /// <summary>Shared working hours two people need (both working 9:00–17:00 local time).</summary>
    public double MinOverlapHours { get; init; } = 2;

    /// <summary>Largest level difference allowed in a pair (when both levels are known).</summary>
    public int MaxLevelGap { get; init; } = 4;

    /// <summary>2 for pairs; 3 for trios (then as many trios as the count allows, the rest pairs: 10 people make two
    /// trios and two pairs).</summary>
    public int GroupSize { get; init; } = 2;

    public double BaseWeight { get; init; } = 0.1;

    /// <summary>People in different departments.</summary>
    public double CrossUnitWeight { get; init; } = 1.0;

    /// <summary>People at different locations.</summary>
    public double CrossLocationWeight { get; init; } = 0.5;

    /// <summary>Scaled by level gap / <see cref="MaxLevelGap"/>.</summary>
    public double CrossLevelWeight { get; init; } = 0.3;

    /// <summary>Times the silo score in [0, 1]: 1 for departments with no tie in the window, lower the more they talk.</summary>
    public double SiloWeight { get; init; } = 3.0;

    /// <summary>Per shared interest, at most three counted.</summary>
    public double SharedInterestWeight { get; init; } = 0.2;

    /// <summary>Candidates kept per person (the sparse graph's degree is about twice this).</summary>
    public int CandidatesPerPerson { get; init; } = 8;

    /// <summary>People looked at per person to choose the candidates from.</summary>
    public int SamplesPerPerson { get; init; } = 32;

    /// <summary>Within one round, each candidate already kept between two departments halves (then thirds, …) the
    /// silo bonus of the next: a second meeting between the same quiet departments in one round connects nothing new.</summary>
    public bool SpreadQuietPairs { get; init; } = true;

    /// <summary>Before the matching, give each pair of departments with no tie at all one meeting of its own
    /// (where the hard rules allow): the round's coverage of unconnected pairs, not only its total weight.</summary>
    public bool BridgeUnconnectedPairs { get; init; } = true;

    /// <summary>"3 where it helps": when a department has fewer people than departments it has no tie with (a
    /// one-person unit such as a division head's), a bridging meeting of one of its people takes a third person from
    /// another such department, so that person bridges two pairs in the round instead of one. Only with
    /// <see cref="BridgeUnconnectedPairs"/> and <see cref="GroupSize"/> 2.</summary>
    public bool BridgeTrios { get; init; } = true;

    public const int WorkdayStartHour = 9;
    public const int WorkdayEndHour = 17;

    /// <summary>Problems with the rules, keyed by field; empty when valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (RepeatRounds is < 0 or > 100) errors["repeatRounds"] = ["Must be between 0 and 100."];
        if (MinOverlapHours is < 0 or > WorkdayEndHour - WorkdayStartHour) errors["minOverlapHours"] = ["Must be between 0 and 8."];
        if (GroupSize is < 2 or > 3) errors["groupSize"] = ["Must be 2 or 3."];
        if (MaxLevelGap is < 0 or > 20) errors["maxLevelGap"] = ["Must be between 0 and 20."];
        foreach (var (name, value) in new[]
                 {
                     ("crossUnitWeight", CrossUnitWeight), ("crossLocationWeight", CrossLocationWeight),
                     ("crossLevelWeight", CrossLevelWeight), ("siloWeight", SiloWeight), ("sharedInterestWeight", SharedInterestWeight),
                 })
            if (!double.IsFinite(value) || value is < 0 or > 100) errors[name] = ["Must be between 0 and 100."];
        if (!double.IsFinite(BaseWeight) || BaseWeight is <= 0 or > 100) errors["baseWeight"] = ["Must be above 0 and at most 100."];
        if (CandidatesPerPerson is < 1 or > 100) errors["candidatesPerPerson"] = ["Must be between 1 and 100."];
        if (SamplesPerPerson < CandidatesPerPerson || SamplesPerPerson > 1000) errors["samplesPerPerson"] = ["Must be at least candidatesPerPerson and at most 1000."];
        return errors;
    }
}
