using Mingle.Data;
using Mingle.Demo;

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
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>()
            .SeedIfEmptyAsync(new DemoOptions(people), null, ct);
        if (seeded is not null)
            logger.LogWarning("Seeded the demo organisation ({People} people). Sign in as, e.g., {Analyst} (Analyst) or {Admin} (Admin).",
                people, DemoLogins.Analyst, DemoLogins.Admin);
    }
}
