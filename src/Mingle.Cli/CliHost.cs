using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mingle.Data;

namespace Mingle.Cli;

/// <summary>
/// Builds the same services the web app uses, from the same settings (appsettings.json in the current folder,
/// environment variables such as Database__Provider and ConnectionStrings__Mingle).
/// </summary>
public static class CliHost
{
    public static ServiceProvider Build(Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        var services = new ServiceCollection();
        services.AddLogging(l =>
        {
            l.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            l.SetMinimumLevel(LogLevel.Warning);
            l.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error);
        });
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(builder.Configuration);
        services.AddMingleCore(DatabaseSettings.From(builder.Configuration));
        services.AddSingleton(Mingle.Mail.MailSettings.Read(builder.Configuration));
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Opens a scope with a migrated database: every command works on a fresh file without a separate step.</summary>
    public static async Task<AsyncServiceScope> OpenAsync(IServiceProvider services, CancellationToken ct)
    {
        var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MingleDb>();
        await db.MigrateAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return scope;
    }

    /// <summary>Runs a command body, turning domain errors into a message on stderr and exit code 2.</summary>
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        await using var services = Build();
        try
        {
            await using var scope = await OpenAsync(services, ct);
            return await body(scope.ServiceProvider, ct);
        }
        catch (Errors.ValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
                foreach (var m in messages) await Console.Error.WriteLineAsync($"{field}: {m}");
            return 2;
        }
        catch (Errors.NotFoundException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        catch (DbUpdateException e)
        {
            await Console.Error.WriteLineAsync($"Database error: {e.InnerException?.Message ?? e.Message}");
            return 1;
        }
    }
}
