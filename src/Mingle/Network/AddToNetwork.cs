namespace Mingle.Network;

/// <summary>
/// Adds someone to my network. Kind "contact" is one-sided and silent; "connection" also sends them a request
/// (with <see cref="Message"/>) and my entry stays a contact until they accept.
/// </summary>
public sealed record AddToNetwork(
    int PersonId,
    string? Kind = null,
    string? Message = null,
    string? HowWeMet = null,
    string? WhereWeMet = null,
    DateOnly? MetOn = null,
    IReadOnlyList<string>? Tags = null,
    string? Notes = null,
    int? CadenceDays = null)
{
    public bool WantsConnection => string.Equals(Kind?.Trim(), "connection", StringComparison.OrdinalIgnoreCase);

    public Dictionary<string, string[]> Validate()
    {
        var errors = NetworkEntryRules.Check(HowWeMet, WhereWeMet, Tags, Notes, CadenceDays);
        if (PersonId <= 0) errors["personId"] = ["Person is required."];
        if (Kind is not null && !WantsConnection && !string.Equals(Kind.Trim(), "contact", StringComparison.OrdinalIgnoreCase))
            errors["kind"] = ["Kind must be \"contact\" or \"connection\"."];
        if (Message is { Length: > 500 }) errors["message"] = ["Message must be at most 500 characters."];
        return errors;
    }
}
