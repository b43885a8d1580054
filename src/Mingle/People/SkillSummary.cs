namespace Mingle.People;

public sealed record SkillSummary(int Id, string Name, string? Category, IReadOnlyList<string> Aliases, int People);
