namespace Mingle.Auth;

/// <summary>Roles beyond Employee (everyone). Stored by name so the database stays readable.</summary>
public static class Role
{
    public const string ProgrammeOwner = nameof(ProgrammeOwner);
    public const string CommunityOwner = nameof(CommunityOwner);
    public const string Analyst = nameof(Analyst);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [ProgrammeOwner, CommunityOwner, Analyst, Admin];

    /// <summary>Case-insensitive match to a known role; null when unknown.</summary>
    public static string? Parse(string value) =>
        All.FirstOrDefault(r => string.Equals(r, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
