using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;
using Mingle.Privacy;

namespace Mingle.Cli.Privacy;

/// <summary>`mingle export --email E [--output F]` and `mingle erase --email E --yes` (privacy rule 6).</summary>
public static class PrivacyCommands
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Export()
    {
        var email = new Option<string>("--email") { Required = true, Description = "Whose data to export." };
        var output = new Option<FileInfo?>("--output") { Description = "File to write (default: standard output)." };
        var command = new Command("export", "Export everything Mingle holds about a person as JSON.") { email, output };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var id = await services.GetRequiredService<MingleDb>().People.IdByEmailAsync(parse.GetValue(email)!, ct);
            var data = await services.GetRequiredService<PersonalDataExport>().ExportAsync(id, ct);
            var text = JsonSerializer.Serialize(data, Json);
            if (parse.GetValue(output) is { } file) await File.WriteAllTextAsync(file.FullName, text, ct);
            else await Console.Out.WriteLineAsync(text);
            return 0;
        }, ct));
        return command;
    }

    public static Command Erase()
    {
        var email = new Option<string>("--email") { Required = true, Description = "Who to erase." };
        var yes = new Option<bool>("--yes") { Description = "Confirm: this cannot be undone." };
        var command = new Command("erase", "Erase a person: delete or anonymise every row that names them, in one transaction.") { email, yes };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            if (!parse.GetValue(yes))
            {
                await Console.Error.WriteLineAsync("Erasure cannot be undone; add --yes to confirm.");
                return 2;
            }
            var id = await services.GetRequiredService<MingleDb>().People.IdByEmailAsync(parse.GetValue(email)!, ct);
            var result = await services.GetRequiredService<PersonEraser>().EraseAsync(null, id, ct);
            await Console.Out.WriteLineAsync($"Erased {parse.GetValue(email)}: person and {result.InteractionsRemoved} interactions removed.");
            return 0;
        }, ct));
        return command;
    }
}
