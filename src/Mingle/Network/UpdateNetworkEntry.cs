namespace Mingle.Network;

/// <summary>Replaces my private details about someone in my network (null clears a field).</summary>
public sealed record UpdateNetworkEntry(
    string? HowWeMet = null,
    string? WhereWeMet = null,
    DateOnly? MetOn = null,
    IReadOnlyList<string>? Tags = null,
    string? Notes = null,
    int? CadenceDays = null)
{
    public Dictionary<string, string[]> Validate() => NetworkEntryRules.Check(HowWeMet, WhereWeMet, Tags, Notes, CadenceDays);
}
