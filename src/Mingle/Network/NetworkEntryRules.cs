namespace Mingle.Network;

/// <summary>The limits shared by adding and editing a network entry.</summary>
public static class NetworkEntryRules
{
    public const int MaxTags = 20;
    public const int MaxTagLength = 40;
    public const int MaxCadenceDays = 730;

    public static Dictionary<string, string[]> Check(
        string? howWeMet, string? whereWeMet, IReadOnlyList<string>? tags, string? notes, int? cadenceDays)
    {
        var errors = new Dictionary<string, string[]>();
        if (howWeMet is { Length: > 200 }) errors["howWeMet"] = ["How we met must be at most 200 characters."];
        if (whereWeMet is { Length: > 200 }) errors["whereWeMet"] = ["Where we met must be at most 200 characters."];
        if (notes is { Length: > NetworkEntry.MaxNotesLength })
            errors["notes"] = [$"Notes must be at most {NetworkEntry.MaxNotesLength} characters."];
        if (cadenceDays is < 1 or > MaxCadenceDays) errors["cadenceDays"] = [$"Cadence must be between 1 and {MaxCadenceDays} days."];
        if (tags is { Count: > MaxTags }) errors["tags"] = [$"At most {MaxTags} tags."];
        for (var i = 0; i < (tags?.Count ?? 0); i++)
            if (string.IsNullOrWhiteSpace(tags![i]) || tags[i].Length > MaxTagLength || tags[i].Contains(',', StringComparison.Ordinal))
                errors[$"tags[{i}]"] = [$"Each tag is required, at most {MaxTagLength} characters and without commas."];
        return errors;
    }

    /// <summary>Lower-cased, trimmed, distinct, sorted; stored comma-joined.</summary>
    public static string? JoinTags(IReadOnlyList<string>? tags) =>
        tags is null or { Count: 0 }
            ? null
            : string.Join(',', tags.Select(t => t.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal));

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
