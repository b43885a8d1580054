using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Insights;

namespace Mingle.Web.Jobs;

/// <summary>
/// Takes the weekly insights snapshot in-process: an hour after start and then hourly it checks whether this week's
/// organisation row exists and, if not, runs <see cref="InsightsSnapshots"/> (idempotent, so two instances racing do
/// no harm). Off with <c>Insights:SnapshotJob=false</c> (and in the Testing environment); `mingle jobs
/// insights-snapshot` does the same from cron.
/// </summary>
public sealed class InsightsSnapshotJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<InsightsSnapshotJob> logger) : BackgroundService
{
    static readonly TimeSpan FirstRun = TimeSpan.FromHours(1);
    static readonly TimeSpan Every = TimeSpan.FromHours(1);

    public static bool Enabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Insights:SnapshotJob", !environment.IsEnvironment("Testing"));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRun, clock, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Every, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MingleDb>();
            var week = InsightsSnapshots.WeekOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            if (await db.InsightsSnapshots.AnyAsync(s => s.WeekStart == week && s.UnitId == 0, ct)) return;
            var rows = await scope.ServiceProvider.GetRequiredService<InsightsSnapshots>().RunAsync([InsightsWindow.Default], ct);
            if (logger.IsEnabled(LogLevel.Information)) logger.LogInformation("Insights snapshot for the week of {Week}: {Rows} rows", week, rows);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The insights snapshot failed; it will be retried within the hour");
        }
    }
}
