using Mingle.Insights;

namespace Mingle.Web.Jobs;

/// <summary>
/// Takes the weekly insights snapshot in-process: an hour after start and then hourly it asks
/// <see cref="InsightsSnapshots.RunOnceAsync"/> for this week's snapshot, which claims the week in the database first,
/// so of several web instances exactly one computes and stores it. Off with <c>Insights:SnapshotJob=false</c> (and in the Testing environment); `mingle jobs
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
            var week = InsightsSnapshots.WeekOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            var rows = await scope.ServiceProvider.GetRequiredService<InsightsSnapshots>().RunOnceAsync([InsightsWindow.Default], ct);
            if (rows is not null && logger.IsEnabled(LogLevel.Information)) logger.LogInformation("Insights snapshot for the week of {Week}: {Rows} rows", week, rows);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The insights snapshot failed; it will be retried within the hour");
        }
    }
}
