namespace Mingle.Onboarding;

/// <summary>The buddy rules: who counts as a new hire, who may be a buddy and how the journey is timed.</summary>
public sealed record BuddyRules
{
    public const int DefaultMaxBuddies = 2;
    public const int DefaultSeniorLevel = 8;

    /// <summary>Hired within this many days (today included) makes a new hire.</summary>
    public int NewHireDays { get; init; } = 30;

    /// <summary>A buddy has been here at least this long (a year).</summary>
    public int MinTenureDays { get; init; } = 365;

    public int MaxBuddies { get; init; } = DefaultMaxBuddies;

    public int SeniorLevel { get; init; } = DefaultSeniorLevel;

    /// <summary>An assignment counts towards the buddy's load for this many days after the journey starts.</summary>
    public int ActiveDays { get; init; } = 90;

    /// <summary>Candidate buddies kept per new hire (the best scoring), so the assignment stays sparse.</summary>
    public int CandidatesPerHire { get; init; } = 40;

    public const double SameLocationScore = 4;
    public const double SameTimeZoneScore = 2;
    public const double NeighbourTeamScore = 1.5;
    public const double SharedInterestScore = 0.4;
    public const int MaxSharedInterests = 3;
    public const double FreeCapacityScore = 1;

    public bool IsNewHire(DateOnly? hireDate, DateOnly today) =>
        hireDate is { } h && h <= today && h > today.AddDays(-NewHireDays);

    public bool HasTenure(DateOnly? hireDate, DateOnly today) => hireDate is { } h && h <= today.AddDays(-MinTenureDays);

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (MaxBuddies is < 1 or > 10) errors["maxBuddies"] = ["Between 1 and 10."];
        if (SeniorLevel is < 1 or > 10) errors["seniorLevel"] = ["A level between 1 and 10."];
        return errors;
    }
}
