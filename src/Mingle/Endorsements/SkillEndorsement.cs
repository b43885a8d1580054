namespace Mingle.Endorsements;

/// <summary>One declared skill on a profile with how many colleagues endorsed it and whether the viewer did.</summary>
public sealed record SkillEndorsement(int SkillId, string Skill, int Count, bool EndorsedByMe);
