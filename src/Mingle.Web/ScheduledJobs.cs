using Mingle.Mail;
using Mingle.Network;

namespace Mingle.Web;

/// <summary>
/// Runs the keep-in-touch and buddy-journey jobs and then the mail sender in-process: once at start and then every
/// <c>Jobs:IntervalSeconds</c> (default 300) on the app's <see cref="TimeProvider"/>. Off with <c>Jobs:Enabled=false</c>.
/// Both jobs are safe to run twice or on several instances at once (dedupe keys and delivery claims in the
/// database), so no leader election is needed.
/// </summary>
public sealed class ScheduledJobs(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ScheduledJobs> logger)
    : BackgroundService
{
    public static bool Enabled(IConfiguration configuration) =>
        !bool.TryParse(configuration?["Jobs:Enabled"], out var enabled) || enabled;

    TimeSpan Interval => TimeSpan.FromSeconds(
        int.TryParse(configuration["Jobs:IntervalSeconds"], System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 300);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var reminders = await scope.ServiceProvider.GetRequiredService<KeepInTouchReminders>().RunAsync(today, ct);
            reminders += await scope.ServiceProvider.GetRequiredService<Mingle.Onboarding.BuddyJourneyReminders>().RunAsync(today, ct);
            reminders += await scope.ServiceProvider.GetRequiredService<Mingle.Surveys.SurveyReminders>().RunAsync(ct);
            var emails = await scope.ServiceProvider.GetRequiredService<NotificationMailer>().RunAsync(ct);
            if (reminders + emails > 0 && logger.IsEnabled(LogLevel.Information))
                logger.LogInformation("Scheduled jobs: {Reminders} reminders enqueued, {Emails} emails sent", reminders, emails);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // a failing run must not stop the schedule; the next tick tries again
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Scheduled jobs failed; retrying at the next interval");
        }
    }
}
