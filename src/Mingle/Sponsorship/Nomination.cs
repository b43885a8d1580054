namespace Mingle.Sponsorship;

/// <summary>A sponsor put their protégé forward for a role, project or stretch assignment, and what came of it.
/// Seen only by the sponsor, the protégé and the programme's owner.</summary>
public sealed class Nomination
{
    public long Id { get; set; }

    public long PairId { get; set; }

    public required string Opportunity { get; set; }

    public NominationKind Kind { get; set; }

    public DateOnly NominatedOn { get; set; }

    public NominationOutcome Outcome { get; set; } = NominationOutcome.Pending;

    public DateTime? OutcomeAt { get; set; }

    public DateTime CreatedAt { get; set; }
}
