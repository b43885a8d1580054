using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Insights;
using Mingle.Mail;
using Mingle.Network;

namespace Mingle.Cli.Jobs;

/// <summary>
/// Scheduled jobs, for cron or a systemd timer until jobs run in-process. Each is idempotent, so running it more
/// often, or on two machines, does no harm.
/// </summary>
public static class JobsCommand
{
    public static Command Create()
    {
        var keepInTouch = new Command("keep-in-touch", "Enqueue keep-in-touch reminders for everyone due today (once per due period).");
        keepInTouch.SetAction((_, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var created = await services.GetRequiredService<KeepInTouchReminders>().RunAsync(today, ct);
            await Console.Out.WriteLineAsync($"{created} reminder{(created == 1 ? "" : "s")} enqueued.");
            return 0;
        }, ct));
        var sendMail = new Command("send-mail", "Email outbox notifications not sent yet (Mail:Host must be set); each is sent once.");
        sendMail.SetAction((_, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            if (!services.GetRequiredService<MailSettings>().Enabled)
            {
                await Console.Error.WriteLineAsync("Mail is off: set Mail:Host (environment variable Mail__Host).");
                return 1;
            }
            var sent = await services.GetRequiredService<NotificationMailer>().RunAsync(ct);
            await Console.Out.WriteLineAsync($"{sent} email{(sent == 1 ? "" : "s")} sent.");
            return 0;
        }, ct));
        var windows = new Option<string>("--windows") { Description = "Comma-separated windows to snapshot.", DefaultValueFactory = _ => "90d" };
        var snapshot = new Command("insights-snapshot", "Store this week's network insights (organisation and visible units) for trends.") { windows };
        snapshot.SetAction((parse, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var days = parse.GetValue(windows)!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(InsightsWindow.Parse).Distinct().ToList();
            var rows = await services.GetRequiredService<InsightsSnapshots>().RunAsync(days, ct);
            await Console.Out.WriteLineAsync($"{rows} snapshot row{(rows == 1 ? "" : "s")} stored.");
            return 0;
        }, ct));
        var buddyJourney = new Command("buddy-journey", "Notify new hires of onboarding journey steps that are due (once per step).");
        buddyJourney.SetAction((_, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var created = await services.GetRequiredService<Mingle.Onboarding.BuddyJourneyReminders>().RunAsync(today, ct);
            await Console.Out.WriteLineAsync($"{created} journey notification{(created == 1 ? "" : "s")} enqueued.");
            return 0;
        }, ct));
        var surveyReminders = new Command("survey-reminders", "Remind everyone who has not answered an open survey that it closes soon (once per survey).");
        surveyReminders.SetAction((_, ct) => CliHost.RunAsync(async (services, ct) =>
        {
            var created = await services.GetRequiredService<Mingle.Surveys.SurveyReminders>().RunAsync(ct);
            await Console.Out.WriteLineAsync($"{created} survey reminder{(created == 1 ? "" : "s")} enqueued.");
            return 0;
        }, ct));
        return new Command("jobs", "Run a scheduled job once.") { keepInTouch, sendMail, snapshot, buddyJourney, surveyReminders };
    }
}
