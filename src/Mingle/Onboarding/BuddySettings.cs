namespace Mingle.Onboarding;

/// <summary>The settings of one buddy programme; a programme without a row uses the defaults.</summary>
public sealed class BuddySettings
{
    public int ProgrammeId { get; set; }

    /// <summary>At most this many active new hires per buddy.</summary>
    public int MaxBuddies { get; set; } = BuddyRules.DefaultMaxBuddies;

    /// <summary>The week-4 introduction is with someone at or above this level in the new hire's division.</summary>
    public int SeniorLevel { get; set; } = BuddyRules.DefaultSeniorLevel;

    public BuddyRules Rules() => new() { MaxBuddies = MaxBuddies, SeniorLevel = SeniorLevel };
}
