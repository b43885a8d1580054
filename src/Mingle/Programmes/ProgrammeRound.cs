namespace Mingle.Programmes;

/// <summary>
/// A published round. (ProgrammeId, Period) is unique: the row is the lock that makes a round run exactly once,
/// even when two web instances (or a person and the scheduler) publish at the same moment on one database.
/// </summary>
public sealed class ProgrammeRound
{
    public int Id { get; set; }
    public int ProgrammeId { get; set; }
    public DateOnly Period { get; set; }
    public int Number { get; set; }
    public DateTime PublishedAt { get; set; }
    public int? PublishedById { get; set; }
    public List<ProgrammeMatch> Matches { get; set; } = [];
}
