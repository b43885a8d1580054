using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Auth;

namespace Mingle.Cli.Admin;

public static class RoleCommand
{
    public static Command Create()
    {
        var command = new Command("role", $"Grant or revoke roles ({string.Join(", ", Role.All)}).");
        command.Subcommands.Add(Verb("grant", grant: true));
        command.Subcommands.Add(Verb("revoke", grant: false));
        return command;
    }

    static Command Verb(string name, bool grant)
    {
        var email = new Option<string>("--email") { Required = true, Description = "Email of the person." };
        var role = new Option<string>("--role") { Required = true, Description = string.Join(" | ", Role.All) };
        var command = new Command(name, grant ? "Grant a role." : "Revoke a role.") { email, role };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var roles = services.GetRequiredService<RoleGrants>();
            var changed = grant
                ? await roles.GrantAsync(parse.GetValue(email)!, parse.GetValue(role)!, null, ct)
                : await roles.RevokeAsync(parse.GetValue(email)!, parse.GetValue(role)!, null, ct);
            await Console.Out.WriteLineAsync(changed
                ? $"{(grant ? "Granted" : "Revoked")} {Role.Parse(parse.GetValue(role)!)} {(grant ? "to" : "from")} {parse.GetValue(email)}."
                : "Nothing to change.");
            return 0;
        }, ct));
        return command;
    }
}
