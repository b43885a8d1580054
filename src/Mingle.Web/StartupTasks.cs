using Mingle.Data;

namespace Mingle.Web;

public static class StartupTasks
{
    /// <summary>Applies migrations, then seeds the demo organisation into an empty database (Demo:SeedPeople, 0 to skip).</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MingleDb>();
        await db.MigrateAsync(ct);
        var people = configuration.GetValue("Demo:SeedPeople", 1000);
        if (people <= 0) return;
        await DemoSeeding.SeedIfEmptyAsync(scope.ServiceProvider, people, logger, ct);
    }
}
