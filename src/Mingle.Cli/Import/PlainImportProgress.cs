using System.Diagnostics;
using System.Globalization;
using Mingle.Import;

namespace Mingle.Cli.Import;

/// <summary>
/// Progress for a non-terminal stderr: announces each phase once, with the time since the start, instead of
/// redrawing bars (logs and benchmarks then show where the time goes).
/// </summary>
internal sealed class PlainImportProgress(TextWriter error) : IProgress<ImportProgress>
{
    readonly Stopwatch clock = Stopwatch.StartNew();
    string? phase;

    public void Report(ImportProgress value)
    {
        if (value.Phase == phase) return;
        phase = value.Phase;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value.Phase}… (at {clock.Elapsed.TotalSeconds:0.0} s)"));
    }
}
