namespace Mingle.People;

public sealed class SkillAlias
{
    public int Id { get; set; }

    public int SkillId { get; set; }

    /// <summary>Lower-cased alias, unique across the catalogue.</summary>
    public required string Alias { get; set; }
}
