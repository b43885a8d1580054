namespace Mingle.Onboarding;

/// <summary>A new hire's buddy in a buddy programme, with the reason they were paired. Active until <see cref="EndsOn"/>
/// (counts towards the buddy's load until then).</summary>
public sealed class BuddyAssignment
{
    public long Id { get; set; }

    public int ProgrammeId { get; set; }

    public int NewHireId { get; set; }

    public int BuddyId { get; set; }

    public double Score { get; set; }

    public required string Reason { get; set; }

    public DateTime AssignedAt { get; set; }

    public DateOnly EndsOn { get; set; }

    public List<JourneyStep> Steps { get; set; } = [];
}
