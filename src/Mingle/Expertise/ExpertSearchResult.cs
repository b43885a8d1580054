namespace Mingle.Expertise;

public sealed record ExpertSearchResult(string Query, IReadOnlyList<string> MatchedSkills, IReadOnlyList<ExpertView> Items);
