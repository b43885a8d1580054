namespace Mingle.Suggestions;

/// <summary>Someone I should know, with every reason in plain words.</summary>
public sealed record SuggestionView(
    int PersonId, string Name, string? Title, string? Unit, string? Location, double Score, IReadOnlyList<string> Reasons);
