namespace Mingle.Kudos;

/// <summary>Kudos to <paramref name="To"/>; <paramref name="MatchId"/> links it to a programme match we were both in.</summary>
public sealed record GiveKudos(int To, string? Message, int? SkillId = null, long? MatchId = null);
