namespace Mingle.Programmes;

/// <summary>An org unit in a programme's audience; the unit's descendants are in it too.</summary>
public sealed class ProgrammeAudienceUnit
{
    public int ProgrammeId { get; set; }
    public int OrgUnitId { get; set; }
}
