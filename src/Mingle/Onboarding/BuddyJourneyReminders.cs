using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Network;

namespace Mingle.Onboarding;

/// <summary>
/// The buddy-journey job: one notification to the new hire per journey step once it is due (and not done), while
/// the journey is active. The dedupe key names the step and is unique in the database, so running the job twice,
/// or on two instances, enqueues nothing new (as <see cref="KeepInTouchReminders"/> does).
/// </summary>
public sealed class BuddyJourneyReminders(MingleDb db, TimeProvider clock)
{
    public const string Kind = "buddy.journey";

    public static string KeyOf(long stepId) => $"{Kind}:{stepId}";

    /// <summary>Returns how many notifications were enqueued.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        var due = await db.JourneySteps.AsNoTracking()
            .Where(s => s.DoneAt == null && s.DueOn <= today)
            .Join(db.BuddyAssignments.Where(a => a.EndsOn >= today), s => s.AssignmentId, a => a.Id, (s, a) => new { s.Id, s.NewHireId, s.PersonId, s.Week, s.Kind, a.ProgrammeId })
            .Join(db.People, x => x.PersonId, p => p.Id, (x, p) => new { x.Id, x.NewHireId, x.PersonId, x.Week, x.Kind, x.ProgrammeId, p.Name, p.Title })
            .Join(db.Programmes, x => x.ProgrammeId, p => p.Id, (x, p) => new { x.Id, x.NewHireId, x.PersonId, x.Week, x.Kind, x.Name, x.Title, Programme = p.Name })
            .OrderBy(x => x.Id).ToListAsync(ct);
        if (due.Count == 0) return 0;
        var keys = due.Select(d => KeyOf(d.Id)).ToList();
        var existing = (await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.DedupeKey)).Select(n => n.DedupeKey).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var created = 0;
        foreach (var step in due.Where(d => !existing.Contains(KeyOf(d.Id))))
        {
            var who = step.Title is null ? step.Name : $"{step.Name} ({step.Title})";
            var what = step.Kind switch
            {
                JourneyStepKind.Buddy => $"meet your buddy, {who}",
                JourneyStepKind.NeighbourTeam => $"meet {who} from a neighbouring team",
                _ => $"meet {who}, a senior leader in your division",
            };
            var notification = new Notification
            {
                PersonId = step.NewHireId,
                Kind = Kind,
                Payload = $"{step.Programme}, week {step.Week} of your onboarding: {what}. Mark it done once you have met.",
                AboutPersonId = step.PersonId,
                DedupeKey = KeyOf(step.Id),
                CreatedAt = now,
            };
            if (await NotificationOutbox.AddOnceAsync(db, notification, ct)) created++;
        }
        return created;
    }
}
