namespace Mingle.People;

public sealed record OrgUnitSummary(
    int Id, string Name, string Path, int? ParentId, int Depth, string LevelName, string? Function, int Headcount, int TotalHeadcount);
