using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Import;

namespace Mingle.Cli.Import;

/// <summary><c>mingle import people|interactions --file F</c>: all-or-nothing CSV imports with line-numbered errors.</summary>
public static class ImportCommand
{
    /// <summary>Enough to fix a file by; the rest is summarised so a wholly wrong file doesn't flood the terminal.</summary>
    internal const int ShownErrors = 200;

    public static Command Create()
    {
        var peopleFile = FileOption();
        var peopleDryRun = DryRunOption();
        var full = new Option<bool>("--full")
        {
            Description = "The file is the whole workforce: active people absent from it are marked as left.",
        };
        var people = new Command("people", "Import people from an HRIS CSV, upserting by employee_id.")
        {
            peopleFile, peopleDryRun, full,
        };
        people.SetAction((parse, ct) => RunAsync(parse, parse.GetValue(peopleFile)!, (services, output, error, ct) =>
            PeopleAsync(services, parse.GetValue(peopleFile)!, parse.GetValue(peopleDryRun), parse.GetValue(full),
                output, error, ct), ct));

        var interactionsFile = FileOption();
        var interactionsDryRun = DryRunOption();
        var interactions = new Command("interactions",
            "Import collaboration metadata: from_email,to_email,type,occurred_at[,count].")
        {
            interactionsFile, interactionsDryRun,
        };
        interactions.SetAction((parse, ct) => RunAsync(parse, parse.GetValue(interactionsFile)!, (services, output, error, ct) =>
            InteractionsAsync(services, parse.GetValue(interactionsFile)!, parse.GetValue(interactionsDryRun),
                output, error, ct), ct));

        return new Command("import", "Import CSV files; a file with any bad row is rejected whole.") { people, interactions };
    }

    static Option<FileInfo> FileOption() => new("--file") { Description = "The CSV file (UTF-8).", Required = true };

    static Option<bool> DryRunOption() => new("--dry-run") { Description = "Validate and count; write nothing." };

    static async Task<int> RunAsync(ParseResult parse, FileInfo file,
        Func<IServiceProvider, TextWriter, TextWriter, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        // Checked before the database is opened: a typo in the path must not create or migrate anything.
        if (await FileMissingAsync(file, error)) return 2;
        return await CliHost.RunAsync((services, ct) => body(services, output, error, ct), ct);
    }

    /// <summary>The body of <c>import people</c>, callable with any service provider (tests use their own database).</summary>
    internal static async Task<int> PeopleAsync(IServiceProvider services, FileInfo file, bool dryRun, bool full,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (await FileMissingAsync(file, error)) return 2;
        var import = services.GetRequiredService<PeopleImport>();
        await using var stream = OpenRead(file);
        var result = await ImportProgressDisplay.RunAsync(error,
            progress => import.RunAsync(new PeopleImportRequest(stream, dryRun, full), progress, ct));
        if (!result.Succeeded) return await ReportErrorsAsync(result.Errors, result.ErrorCount, error);
        await output.WriteLineAsync(
            $"{(dryRun ? "Dry run, nothing written: " : "")}{result.Rows} rows: created {result.Created}, " +
            $"updated {result.Updated}, unchanged {result.Unchanged}, marked left {result.MarkedLeft}");
        return 0;
    }

    /// <summary>The body of <c>import interactions</c>.</summary>
    internal static async Task<int> InteractionsAsync(IServiceProvider services, FileInfo file, bool dryRun,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (await FileMissingAsync(file, error)) return 2;
        var import = services.GetRequiredService<InteractionImport>();
        await using var stream = OpenRead(file);
        var result = await ImportProgressDisplay.RunAsync(error,
            progress => import.RunAsync(new InteractionImportRequest(stream, dryRun), progress, ct));
        if (!result.Succeeded) return await ReportErrorsAsync(result.Errors, result.ErrorCount, error);
        await output.WriteLineAsync(dryRun
            ? $"Dry run, nothing written: {result.Rows} rows are valid"
            : $"{result.Rows} rows: imported {result.Imported} interactions");
        return 0;
    }

    static FileStream OpenRead(FileInfo file) =>
        new(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    static async Task<bool> FileMissingAsync(FileInfo file, TextWriter error)
    {
        file.Refresh();
        if (file.Exists) return false;
        await error.WriteLineAsync($"File not found: {file.FullName}");
        return true;
    }

    static async Task<int> ReportErrorsAsync(IReadOnlyList<ImportError> errors, int total, TextWriter error)
    {
        foreach (var e in errors.Take(ShownErrors)) await error.WriteLineAsync(e.ToString());
        if (total > ShownErrors) await error.WriteLineAsync($"… and {total - ShownErrors} more");
        await error.WriteLineAsync($"{total} problem{(total == 1 ? "" : "s")} found; nothing was written.");
        return 2;
    }
}
