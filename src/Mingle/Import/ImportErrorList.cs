namespace Mingle.Import;

/// <summary>
/// Collects every problem of a file but keeps only the first <see cref="MaxKept"/>: a file where all of a million
/// rows are bad must not cost a million error objects, yet the caller still learns the total.
/// </summary>
internal sealed class ImportErrorList
{
    public const int MaxKept = 10_000;

    readonly List<ImportError> kept = [];

    public int Count { get; private set; }

    public void Add(int line, string column, string reason)
    {
        Count++;
        if (kept.Count < MaxKept) kept.Add(new ImportError(line, column, reason));
    }

    /// <summary>The kept errors in file order (validation passes find them out of order).</summary>
    public IReadOnlyList<ImportError> Sorted() =>
        [.. kept.Select((e, i) => (e, i)).OrderBy(x => x.e.Line).ThenBy(x => x.i).Select(x => x.e)];
}
