using Mingle.People;

namespace Mingle.Onboarding;

public sealed record BuddyPreview(string Programme, DateOnly Today, int NewHires, IReadOnlyList<BuddyPairView> Pairs,
    IReadOnlyList<UnassignedView> Unassigned, double TotalScore, bool Published);

public sealed record BuddyPairView(PersonRef NewHire, PersonRef Buddy, double Score, string Reason);

public sealed record UnassignedView(PersonRef NewHire, string Why);

public sealed record JourneyView(long Id, string Programme, string ProgrammeName, PersonRef NewHire, DateOnly? HireDate, PersonRef Buddy,
    string Reason, IReadOnlyList<JourneyStepView> Steps);

public sealed record JourneyStepView(long Id, int Week, string Kind, PersonRef Person, DateOnly DueOn, bool IsDue, DateTime? DoneAt);

public sealed record JourneySummary(long Id, PersonRef NewHire, DateOnly? HireDate, PersonRef Buddy, int StepsDone, int Steps,
    DateOnly? NextDue);

public sealed record JourneyOverview(string Programme, IReadOnlyList<JourneySummary> Journeys);

/// <summary>The new hires I look after as a buddy (their name and hire date, not their journey).</summary>
public sealed record BuddyOfView(long AssignmentId, string Programme, PersonRef NewHire, DateOnly? HireDate, DateOnly EndsOn);

public sealed record MyOnboarding(IReadOnlyList<JourneyView> Journeys, IReadOnlyList<BuddyOfView> Buddying);

public sealed record BuddySettingsView(string Programme, int MaxBuddies, int SeniorLevel);

public sealed record UpdateBuddySettings(int MaxBuddies = BuddyRules.DefaultMaxBuddies, int SeniorLevel = BuddyRules.DefaultSeniorLevel)
{
    public Dictionary<string, string[]> Validate() => new BuddyRules { MaxBuddies = MaxBuddies, SeniorLevel = SeniorLevel }.Validate();
}
