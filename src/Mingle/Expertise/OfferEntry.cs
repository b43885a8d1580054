namespace Mingle.Expertise;

public sealed record OfferEntry(string Text, int? SkillId, IReadOnlySet<string> Tokens);
