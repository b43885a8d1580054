namespace Mingle.People;

/// <summary>An entry in the skill catalogue; aliases ("k8s" for Kubernetes) make search forgiving.</summary>
public sealed class Skill
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-cased name for case-insensitive lookups on every provider.</summary>
    public required string NormalizedName { get; set; }

    public string? Category { get; set; }

    public List<SkillAlias> Aliases { get; set; } = [];

    public static string Normalize(string name) => name.Trim().ToLowerInvariant();
}
