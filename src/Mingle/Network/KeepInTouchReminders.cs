using Microsoft.EntityFrameworkCore;
using Mingle.Data;

namespace Mingle.Network;

/// <summary>
/// The keep-in-touch job: one reminder per due entry per due period. The dedupe key names the entry and the due
/// date, and is unique in the database, so running the job twice (or on two instances) enqueues nothing new; a new
/// reminder comes only once the due date moves (an interaction, a snooze, a changed cadence).
/// </summary>
public sealed class KeepInTouchReminders(MingleDb db, TimeProvider clock)
{
    public const string Kind = "keep-in-touch";

    /// <summary>Returns how many reminders were enqueued.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        var owners = await db.NetworkEntries.AsNoTracking().Where(e => e.CadenceDays != null)
            .Select(e => e.OwnerId).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var created = 0;
        foreach (var owner in owners)
        {
            var due = await DueForAsync(owner, today, ct);
            if (due.Count == 0) continue;
            var keys = due.Select(d => d.Key).ToList();
            var existing = await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.DedupeKey)).Select(n => n.DedupeKey).ToListAsync(ct);
            foreach (var (key, payload, about) in due.Where(d => !existing.Contains(d.Key)))
            {
                var notification = new Notification
                {
                    PersonId = owner,
                    Kind = Kind,
                    Payload = payload,
                    DedupeKey = key,
                    CreatedAt = now,
                    AboutPersonId = about,
                };
                if (await NotificationOutbox.AddOnceAsync(db, notification, ct)) created++;
            }
        }
        return created;
    }

    async Task<List<(string Key, string Payload, int About)>> DueForAsync(int owner, DateOnly today, CancellationToken ct)
    {
        var entries = await db.NetworkEntries.AsNoTracking().Where(e => e.OwnerId == owner && e.CadenceDays != null).ToListAsync(ct);
        var ids = entries.Select(e => e.PersonId).ToList();
        var last = (await db.Interactions.AsNoTracking().VisibleTo(owner)
                .Where(i => ids.Contains(i.FromPersonId == owner ? i.ToPersonId : i.FromPersonId))
                .Select(i => new { Other = i.FromPersonId == owner ? i.ToPersonId : i.FromPersonId, i.OccurredAt })
                .ToListAsync(ct))
            .GroupBy(i => i.Other).ToDictionary(g => g.Key, g => DateOnly.FromDateTime(g.Max(i => i.OccurredAt)));
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.PreferredName ?? p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        var result = new List<(string, string, int)>();
        foreach (var entry in entries)
        {
            var lastSeen = last.TryGetValue(entry.PersonId, out var d) ? d : (DateOnly?)null;
            if (KeepInTouch.NextDue(entry, lastSeen) is not { } due || due > today || !names.TryGetValue(entry.PersonId, out var name)) continue;
            var since = lastSeen is { } seen ? $"you last met on {seen:yyyy-MM-dd}" : "you haven't logged anything yet";
            result.Add(($"{Kind}:{entry.Id}:{due:yyyy-MM-dd}",
                $"Time to reconnect with {name}: you wanted to keep in touch every {entry.CadenceDays} days and {since}.",
                entry.PersonId));
        }
        return result;
    }
}
