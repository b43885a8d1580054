namespace Mingle.Onboarding;

public enum JourneyStepKind
{
    Buddy,
    NeighbourTeam,
    SeniorLeader,
}
