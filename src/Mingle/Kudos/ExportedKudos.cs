namespace Mingle.Kudos;

/// <summary>One kudos in my personal data export: "given" (to whom) or "received" (from whom).</summary>
public sealed record ExportedKudos(string Direction, int OtherPersonId, string? OtherPersonName, string Message, string? Skill, long? MatchId,
    bool Hidden, DateTime At);
