namespace Mingle.People;

/// <summary>A unit page: the unit, its ancestors (breadcrumb), sub-units, members and the manager chain from its head up.</summary>
public sealed record OrgUnitDetail(
    OrgUnitSummary Unit,
    IReadOnlyList<OrgUnitRef> Ancestors,
    IReadOnlyList<OrgUnitSummary> Children,
    IReadOnlyList<PersonSummary> Members,
    IReadOnlyList<PersonRef> ManagerChain);
