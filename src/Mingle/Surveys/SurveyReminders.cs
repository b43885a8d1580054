using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Network;
using Mingle.People;

namespace Mingle.Surveys;

/// <summary>
/// The survey reminder job: once a survey is in its last <see cref="Before"/> (or past the middle of a shorter
/// window), everyone in its audience who has not answered yet gets one reminder, in the app and by email. Whether
/// someone answered is read by the job only; the reminder names no one else. The dedupe key is unique in the
/// database, so running the job twice, or on two instances, sends nothing new.
/// </summary>
public sealed class SurveyReminders(MingleDb db, TimeProvider clock)
{
    public const string Kind = "survey.reminder";

    /// <summary>How long before a survey closes its reminder goes out.</summary>
    public static readonly TimeSpan Before = TimeSpan.FromDays(3);

    public static string KeyOf(int surveyId, int personId) => $"{Kind}:{surveyId}:{personId}";

    /// <summary>When the reminder for <paramref name="survey"/> is due: <see cref="Before"/> its close, but never
    /// before the middle of its window.</summary>
    public static DateTime DueAt(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var middle = survey.OpensAt + ((survey.ClosesAt - survey.OpensAt) / 2);
        var before = survey.ClosesAt - Before;
        return before > middle ? before : middle;
    }

    /// <summary>Returns how many reminders were enqueued.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Surveys.AsNoTracking().Where(s => s.OpensAt <= now && s.ClosesAt > now).OrderBy(s => s.Id).ToListAsync(ct);
        var created = 0;
        foreach (var survey in open.Where(s => DueAt(s) <= now))
            created += await RemindAsync(survey, now, ct);
        return created;
    }

    async Task<int> RemindAsync(Survey survey, DateTime now, CancellationToken ct)
    {
        var audience = await AudienceAsync(survey, ct);
        var answered = (await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id)
            .Select(r => r.RespondentId).ToListAsync(ct)).ToHashSet();
        var prefix = $"{Kind}:{survey.Id}:";
        var sent = (await db.Notifications.AsNoTracking().Where(n => n.DedupeKey.StartsWith(prefix))
            .Select(n => n.DedupeKey).ToListAsync(ct)).ToHashSet();
        var closes = survey.ClosesAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var payload = $"Survey \"{survey.Title}\" closes on {closes}: you have not answered yet. Your answers are confidential; "
            + $"answer at /surveys/{survey.Id}.";
        var pending = audience.Where(p => !answered.Contains(p) && !sent.Contains(KeyOf(survey.Id, p)))
            .Select(p => new Notification { PersonId = p, Kind = Kind, Payload = payload, DedupeKey = KeyOf(survey.Id, p), CreatedAt = now })
            .ToList();
        if (pending.Count == 0) return 0;
        db.Notifications.AddRange(pending);
        try
        {
            await db.SaveChangesAsync(ct);
            return pending.Count;
        }
        catch (DbUpdateException)
        {
            // Another run got some of them first: fall back to one at a time, each at most once.
            db.ChangeTracker.Clear();
            var created = 0;
            foreach (var n in pending)
            {
                n.Id = 0;
                if (await NotificationOutbox.AddOnceAsync(db, n, ct)) created++;
            }
            return created;
        }
    }

    /// <summary>Active people in the survey's units (with their sub-units), or everyone active.</summary>
    async Task<List<int>> AudienceAsync(Survey survey, CancellationToken ct)
    {
        var active = db.People.AsNoTracking().Where(p => p.Status == PersonStatus.Active);
        var units = survey.AudienceUnitIds;
        if (units.Count == 0) return await active.Select(p => p.Id).ToListAsync(ct);
        var paths = await db.OrgUnits.AsNoTracking().Where(u => units.Contains(u.Id)).Select(u => u.Path).ToListAsync(ct);
        var people = await active.Where(p => p.OrgUnit != null).Select(p => new { p.Id, p.OrgUnit!.Path }).ToListAsync(ct);
        return [.. people.Where(p => Survey.UnderAny(paths, p.Path)).Select(p => p.Id)];
    }
}
