namespace Mingle.Expertise;

public sealed record SkillEntry(int Id, string Name, string NormalizedName, IReadOnlyList<string> Aliases);
