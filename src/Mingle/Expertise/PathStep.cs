namespace Mingle.Expertise;

/// <summary>A person on a warm path and how they relate to the previous one ("teammate", "manager", "report",
/// "connection"; null for the caller at the start).</summary>
public sealed record PathStep(int PersonId, string Name, string? Relation);
