namespace Mingle.Onboarding;

/// <summary>
/// A person as the buddy planner sees them. <see cref="Team"/> is their own org unit, <see cref="TeamParent"/> its
/// parent (teams with the same parent are neighbours), <see cref="Division"/> the root of their unit's tree;
/// -1 where unknown. <see cref="ManagerChain"/> holds their managers up to the top; <see cref="Blocks"/> the people
/// they never want to be matched with; <see cref="ActiveBuddies"/> how many new hires they look after now.
/// </summary>
public sealed record OnboardingPerson(
    int PersonId,
    int Team,
    int TeamParent,
    int Division,
    int Location,
    int UtcOffsetMinutes,
    int? Level,
    DateOnly? HireDate,
    int[] ManagerChain,
    int[] Interests,
    int[] Blocks,
    int ActiveBuddies = 0)
{
    public bool SameLocation(OnboardingPerson other) => Location >= 0 && Location == other.Location;

    public bool SameTimeZone(OnboardingPerson other) => UtcOffsetMinutes == other.UtcOffsetMinutes;

    public bool NeighbourTeam(OnboardingPerson other) => Team != other.Team && TeamParent >= 0 && TeamParent == other.TeamParent;

    /// <summary>Either one manages the other, directly or up the chain.</summary>
    public bool InManagerChainOf(OnboardingPerson other) =>
        Array.IndexOf(other.ManagerChain, PersonId) >= 0 || Array.IndexOf(ManagerChain, other.PersonId) >= 0;

    public bool Blocked(OnboardingPerson other) =>
        Array.IndexOf(Blocks, other.PersonId) >= 0 || Array.IndexOf(other.Blocks, PersonId) >= 0;
}
