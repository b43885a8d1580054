using Mingle.Import;
using Spectre.Console;

namespace Mingle.Cli.Import;

/// <summary>
/// Shows import progress on stderr: Spectre.Console bars when stderr is a terminal, one plain line per phase when it
/// is redirected (logs and CI), so stdout stays clean for the result.
/// </summary>
internal static class ImportProgressDisplay
{
    public static async Task<T> RunAsync<T>(TextWriter error, Func<IProgress<ImportProgress>, Task<T>> work)
    {
        if (!ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
            return await work(new PlainImportProgress(error));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(ctx => work(new SpectreImportProgress(ctx)));
    }
}
