namespace Mingle.People;

/// <summary>
/// What a person may change about themselves. HRIS facts (title, unit, manager, location, level) are not here:
/// they come from the import.
/// </summary>
public sealed record UpdateProfile(
    string? PreferredName,
    string? Bio,
    string? Languages,
    string? PhotoUrl,
    IReadOnlyList<SkillInput>? Skills,
    IReadOnlyList<string>? Interests,
    IReadOnlyList<string>? Offers,
    IReadOnlyList<string>? Asks)
{
    public const int MaxItems = 50;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) =>
            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

        if (PreferredName is { Length: > 100 }) Add("preferredName", "Preferred name must be at most 100 characters.");
        if (Bio is { Length: > 4000 }) Add("bio", "Bio must be at most 4000 characters.");
        if (Languages is { Length: > 200 }) Add("languages", "Languages must be at most 200 characters.");
        if (!string.IsNullOrWhiteSpace(PhotoUrl)
            && (PhotoUrl.Length > 1000 || !Uri.TryCreate(PhotoUrl, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
            Add("photoUrl", "Photo URL must be an absolute http(s) address.");
        if (Skills is { Count: > MaxItems }) Add("skills", $"At most {MaxItems} skills.");
        for (var i = 0; i < (Skills?.Count ?? 0); i++)
        {
            var s = Skills![i];
            if (s is null || string.IsNullOrWhiteSpace(s.Name) || s.Name.Length > 100)
                Add($"skills[{i}].name", "Skill name is required and at most 100 characters.");
            if (s is not null && s.Level is < 1 or > 5) Add($"skills[{i}].level", "Level must be between 1 and 5.");
        }
        CheckTexts("interests", Interests, 60);
        CheckTexts("offers", Offers, 500);
        CheckTexts("asks", Asks, 500);
        return errors;

        void CheckTexts(string field, IReadOnlyList<string>? values, int maxLength)
        {
            if (values is null) return;
            if (values.Count > MaxItems) Add(field, $"At most {MaxItems} entries.");
            for (var i = 0; i < values.Count; i++)
                if (string.IsNullOrWhiteSpace(values[i]) || values[i].Length > maxLength)
                    Add($"{field}[{i}]", $"Each entry is required and at most {maxLength} characters.");
        }
    }
}
