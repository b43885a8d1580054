namespace Mingle.Endorsements;

public sealed record SkillEndorsementList(int PersonId, IReadOnlyList<SkillEndorsement> Items);
