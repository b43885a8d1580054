namespace Mingle.Programmes;

/// <summary>A person's load budget: at most this many programme meetings in any 30 days, across programmes.</summary>
public sealed class MeetingBudget
{
    public const int Default = 4;

    public int PersonId { get; set; }
    public int MaxPerMonth { get; set; } = Default;
}
