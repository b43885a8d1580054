namespace Mingle.People;

/// <summary>A row of the directory: what anyone in the organisation may see about a colleague.</summary>
public sealed record PersonSummary(
    int Id, string Name, string? Title, int? UnitId, string? Unit, int? LocationId, string? Location, int? Level, string? PhotoUrl);
