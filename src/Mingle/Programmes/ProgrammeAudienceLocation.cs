namespace Mingle.Programmes;

/// <summary>A location in a programme's audience.</summary>
public sealed class ProgrammeAudienceLocation
{
    public int ProgrammeId { get; set; }
    public int LocationId { get; set; }
}
