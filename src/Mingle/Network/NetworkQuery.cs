namespace Mingle.Network;

/// <summary>Filters for my network list; unit includes its sub-units, as in the directory.</summary>
public sealed record NetworkQuery(int? Unit = null, int? Location = null, int? Level = null, string? Tag = null, bool Overdue = false)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Level is < 1 or > 10) errors["level"] = ["Level must be between 1 and 10."];
        if (Tag is { Length: > NetworkEntryRules.MaxTagLength }) errors["tag"] = [$"Tag must be at most {NetworkEntryRules.MaxTagLength} characters."];
        return errors;
    }
}
