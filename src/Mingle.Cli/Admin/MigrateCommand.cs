using System.CommandLine;

namespace Mingle.Cli.Admin;

public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply database migrations for the configured provider.");
        command.SetAction((_, ct) => CliHost.RunAsync(async (_, _) =>
        {
            // CliHost.OpenAsync has migrated already; say so plainly.
            await Console.Out.WriteLineAsync("Database is up to date.");
            return 0;
        }, ct));
        return command;
    }
}
