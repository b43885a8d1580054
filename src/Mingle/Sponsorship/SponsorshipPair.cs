namespace Mingle.Sponsorship;

/// <summary>A sponsor advocating for a protégé in a sponsorship programme; active until ended.</summary>
public sealed class SponsorshipPair
{
    public long Id { get; set; }

    public int ProgrammeId { get; set; }

    public int SponsorId { get; set; }

    public int ProtegeId { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public List<Nomination> Nominations { get; set; } = [];
}
