namespace Mingle.Mentoring;

/// <summary>
/// Hard rules and score weights of a mentoring cohort. A pair is allowed only when the mentor is
/// <see cref="MinLevelGap"/>–<see cref="MaxLevelGap"/> levels above the mentee (when both levels are known), neither
/// is in the other's reporting line and neither blocks the other. Weights are multiples of 1/4, so every score is
/// an exact binary fraction and totals compare exactly.
/// </summary>
public sealed record MentoringRules
{
    public int MinLevelGap { get; init; } = 1;
    public int MaxLevelGap { get; init; } = 3;
    /// <summary>Every allowed pair scores at least this, so the whole-cohort assignment never prefers leaving someone out.</summary>
    public double BaseScore { get; init; } = 1;
    public double SkillWeight { get; init; } = 2;
    /// <summary>Per level the mentor is ahead of the mentee in a shared skill (at most four levels count).</summary>
    public double SkillLevelWeight { get; init; } = 0.25;
    public double GoalWordWeight { get; init; } = 0.5;
    public int MaxGoalWords { get; init; } = 3;
    public double CrossUnitWeight { get; init; } = 1;
    /// <summary>Rank 1 earns 3×, rank 2 2×, rank 3 1× this, from each side's preferences.</summary>
    public double PreferenceWeight { get; init; } = 1;
}
