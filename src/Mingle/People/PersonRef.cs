namespace Mingle.People;

public sealed record PersonRef(int Id, string Name, string? Title);
