namespace Mingle.People;

/// <summary>Directory search: free text over name, title, email, skills (with aliases), interests and offers.</summary>
public sealed record DirectoryQuery(
    string? Q = null, int? Unit = null, int? Location = null, int? Level = null, string? Skill = null, int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 100;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Page < 1) errors["page"] = ["Page must be 1 or more."];
        if (PageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"Page size must be between 1 and {MaxPageSize}."];
        if (Q is { Length: > 200 }) errors["q"] = ["Search text must be at most 200 characters."];
        if (Skill is { Length: > 100 }) errors["skill"] = ["Skill must be at most 100 characters."];
        if (Level is < 1 or > 10) errors["level"] = ["Level must be between 1 and 10."];
        return errors;
    }
}
