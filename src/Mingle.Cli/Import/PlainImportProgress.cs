using Mingle.Import;

namespace Mingle.Cli.Import;

/// <summary>Progress for a non-terminal stderr: announces each phase once instead of redrawing bars.</summary>
internal sealed class PlainImportProgress(TextWriter error) : IProgress<ImportProgress>
{
    string? phase;

    public void Report(ImportProgress value)
    {
        if (value.Phase == phase) return;
        phase = value.Phase;
        error.WriteLine($"{value.Phase}…");
    }
}
