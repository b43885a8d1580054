namespace Mingle.People;

public sealed record OrgUnitRef(int Id, string Name);
