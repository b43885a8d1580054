namespace Mingle.Programmes;

/// <summary>A pair (or trio) of a round, with why they were matched and a suggested slot in shared working hours.</summary>
public sealed class ProgrammeMatch
{
    public long Id { get; set; }
    public int RoundId { get; set; }
    public ProgrammeRound? Round { get; set; }
    public required string Explanation { get; set; }
    public double Weight { get; set; }
    public DateTime SuggestedStart { get; set; }
    public List<MatchParticipant> Participants { get; set; } = [];
}
