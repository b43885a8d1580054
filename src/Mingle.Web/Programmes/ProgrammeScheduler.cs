using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Programmes;

namespace Mingle.Web.Programmes;

/// <summary>
/// Publishes each coffee programme's round once per cadence period, in the background. Safe on any number of web
/// instances: publishing claims the (programme, period) round row first, so only one instance ever runs a round.
/// Configured by <c>Programmes:Scheduler:Enabled</c> (default on, except in the Testing environment) and
/// <c>Programmes:Scheduler:Interval</c> (default 15 minutes).
/// </summary>
public sealed class ProgrammeScheduler(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration,
    ILogger<ProgrammeScheduler> logger) : BackgroundService
{
    /// <summary>On unless configured off; off in the Testing environment unless configured on.</summary>
    public static bool Enabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Programmes:Scheduler:Enabled") ?? !environment.IsEnvironment("Testing");

    readonly TaskCompletionSource firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the run at start has finished, whether it published anything or failed.</summary>
    internal Task FirstRun => firstRun.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Programmes:Scheduler:Interval", TimeSpan.FromMinutes(15));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled programme rounds failed; retrying at the next interval.");
            }
            firstRun.TrySetResult();
            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    /// <summary>Publishes every coffee programme's round that is due in the current period; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MingleDb>();
        var slugs = await db.Programmes.AsNoTracking().Where(p => p.Type == ProgrammeType.Coffee).Select(p => p.Slug).ToListAsync(ct);
        var published = 0;
        foreach (var slug in slugs)
        {
            await using var roundScope = scopes.CreateAsyncScope();
            var result = await roundScope.ServiceProvider.GetRequiredService<CoffeeRounds>().PublishAsync(null, slug, ct);
            if (result is null) continue;
            published++;
            if (logger.IsEnabled(LogLevel.Information))
                logger.LogInformation("Published round {Round} of {Programme}: {Matches} matches", result.Round, slug, result.Matches.Count);
        }
        return published;
    }
}
