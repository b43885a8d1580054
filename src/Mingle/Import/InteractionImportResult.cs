namespace Mingle.Import;

/// <summary>When <see cref="ErrorCount"/> is above zero nothing was written.</summary>
/// <param name="Rows">Data rows read.</param>
/// <param name="Imported">Interactions written (0 on a dry run or on errors).</param>
public sealed record InteractionImportResult(IReadOnlyList<ImportError> Errors, int ErrorCount, int Rows, int Imported, bool DryRun)
{
    public bool Succeeded => ErrorCount == 0;
}
