namespace Mingle.Onboarding;

/// <summary>One scheduled introduction of a new hire's journey: week 1 the buddy, week 2 a neighbouring team,
/// week 4 a senior leader. Due from <see cref="DueOn"/>; done when the new hire says "we met".</summary>
public sealed class JourneyStep
{
    public long Id { get; set; }

    public long AssignmentId { get; set; }

    public int NewHireId { get; set; }

    public int Week { get; set; }

    public JourneyStepKind Kind { get; set; }

    /// <summary>Whom to meet.</summary>
    public int PersonId { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTime? DoneAt { get; set; }
}
