using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Auth;

namespace Mingle.Cli.Admin;

public static class TokenCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "Email of the person the token acts as.", Required = true };
        var days = new Option<int>("--days") { Description = "Days until the token expires.", DefaultValueFactory = _ => 90 };
        var create = new Command("create", "Create a personal API token (printed once, stored only as a hash).") { email, days };
        create.SetAction((parse, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var (token, record) = await services.GetRequiredService<ApiTokens>()
                .CreateAsync(parse.GetValue(email)!, parse.GetValue(days), ct);
            await Console.Out.WriteLineAsync(token);
            await Console.Error.WriteLineAsync($"Expires {record.ExpiresAt:yyyy-MM-dd}. Use it as: Authorization: Bearer <token>");
            return 0;
        }, ct));
        return new Command("token", "Personal API tokens.") { create };
    }
}
