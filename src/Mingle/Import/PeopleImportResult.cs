namespace Mingle.Import;

/// <summary>
/// The outcome of an HRIS import. When <see cref="ErrorCount"/> is above zero nothing was written; <see cref="Errors"/>
/// then holds the problems in file order (at most <see cref="ImportErrorList.MaxKept"/> of them).
/// </summary>
/// <param name="Rows">Data rows read.</param>
/// <param name="Created">Rows that added a person.</param>
/// <param name="Updated">Rows that changed an existing person (including a change of status).</param>
/// <param name="Unchanged">Rows that matched an existing person exactly.</param>
/// <param name="MarkedLeft">People who went from active to left, by a <c>left</c> status or by absence under --full.</param>
public sealed record PeopleImportResult(
    IReadOnlyList<ImportError> Errors, int ErrorCount, int Rows, int Created, int Updated, int Unchanged, int MarkedLeft,
    bool DryRun)
{
    public bool Succeeded => ErrorCount == 0;
}
