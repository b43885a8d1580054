using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Demo;
using Mingle.Network;

namespace Mingle.Introductions;

/// <summary>
/// Introductions in the demo organisation, so the inbox, the home widget and connector credit have something to
/// show: a few among the well-known demo logins (Tomás the newcomer has one to answer; Mei the bridge has credit),
/// plus a deterministic sprinkle (from the organisation's seed) across the organisation, pending, accepted and lapsed.
/// </summary>
public static class DemoIntroductions
{
    public static async Task<int> SeedAsync(MingleDb db, DemoOrganisation org, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(org);
        await db.Introductions.ExecuteDeleteAsync(ct);
        int Id(string email) => Array.IndexOf(org.Emails, email) + 1;
        var (mei, tomas, priya, lukas, helena, sam, ana) = (Id(DemoLogins.Bridge), Id(DemoLogins.Newcomer), Id(DemoLogins.ProgrammeOwner),
            Id(DemoLogins.CommunityOwner), Id(DemoLogins.Ceo), Id(DemoLogins.Admin), Id(DemoLogins.Analyst));
        var planned = new List<(int Connector, int A, int B, string Reason, IntroductionAnswer AnswerA, IntroductionAnswer AnswerB, int DaysAgo)>
        {
            (mei, tomas, priya, "Tomás is new and wants to find his feet; Priya runs the onboarding buddy programme.",
                IntroductionAnswer.Accepted, IntroductionAnswer.Accepted, 9),
            (mei, lukas, tomas, "Lukas leads the platform guild, which Tomás asked about in his first week.",
                IntroductionAnswer.Accepted, IntroductionAnswer.Pending, 2),
            (helena, sam, ana, "Sam is automating the admin exports Ana's analyses start from; they should compare notes.",
                IntroductionAnswer.Pending, IntroductionAnswer.Pending, 1),
        };
        var random = new Random(org.Seed ^ 0x1a7d);
        var count = Math.Min(40, org.PeopleCount / 25);
        for (var i = 0; i < count; i++)
        {
            var connector = random.Next(org.PeopleCount) + 1;
            var a = random.Next(org.PeopleCount) + 1;
            var b = random.Next(org.PeopleCount) + 1;
            if (connector == a || connector == b || a == b) continue;
            var outcome = i % 3;
            planned.Add((connector, a, b, "You work on related problems in different parts of the company; worth a coffee.",
                outcome == 0 ? IntroductionAnswer.Accepted : IntroductionAnswer.Pending,
                outcome == 0 ? IntroductionAnswer.Accepted : outcome == 1 ? IntroductionAnswer.Accepted : IntroductionAnswer.Pending,
                outcome == 2 ? 20 : 1 + i % 10));
        }

        var seen = new HashSet<(int, int)>();
        var introductions = new List<Introduction>();
        foreach (var p in planned.Where(p => p.Connector > 0 && p.A > 0 && p.B > 0 && seen.Add((Math.Min(p.A, p.B), Math.Max(p.A, p.B)))))
        {
            var created = now.AddDays(-p.DaysAgo);
            var accepted = p.AnswerA == IntroductionAnswer.Accepted && p.AnswerB == IntroductionAnswer.Accepted;
            introductions.Add(new Introduction
            {
                ConnectorId = p.Connector,
                PersonAId = p.A,
                PersonBId = p.B,
                Reason = p.Reason,
                AnswerA = p.AnswerA,
                AnswerB = p.AnswerB,
                AnsweredAAt = p.AnswerA == IntroductionAnswer.Pending ? null : created.AddHours(12),
                AnsweredBAt = p.AnswerB == IntroductionAnswer.Pending ? null : created.AddHours(12),
                CreatedAt = created,
                ExpiresAt = created + Introduction.Lifetime,
                AcceptedAt = accepted ? created.AddHours(12) : null,
            });
        }
        db.Introductions.AddRange(introductions);
        await db.SaveChangesAsync(ct);

        var names = await db.People.AsNoTracking().Where(x => x.Id == mei || x.Id == tomas || x.Id == priya || x.Id == lukas
                || introductions.Select(i => i.ConnectorId).Contains(x.Id) || introductions.Select(i => i.PersonAId).Contains(x.Id)
                || introductions.Select(i => i.PersonBId).Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.PreferredName ?? x.Name, ct);
        // Only the accepted parties' own entries matter (the demo Rolodex has millions of rows on a big organisation).
        var parties = introductions.Where(i => i.AcceptedAt != null).SelectMany(i => new[] { i.PersonAId, i.PersonBId }).Distinct().ToList();
        var existing = (await db.NetworkEntries.AsNoTracking().Where(e => parties.Contains(e.OwnerId))
                .Select(e => new { e.OwnerId, e.PersonId }).ToListAsync(ct))
            .Select(e => (e.OwnerId, e.PersonId)).ToHashSet();
        foreach (var i in introductions)
        {
            if (i.AcceptedAt is { } at)
            {
                foreach (var (owner, person) in new[] { (i.PersonAId, i.PersonBId), (i.PersonBId, i.PersonAId) })
                {
                    if (existing.Add((owner, person)))
                        db.NetworkEntries.Add(new NetworkEntry { OwnerId = owner, PersonId = person, Kind = NetworkEntryKind.Connection, CreatedAt = at, UpdatedAt = at });
                    else
                        await db.NetworkEntries.Where(e => e.OwnerId == owner && e.PersonId == person)
                            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Kind, NetworkEntryKind.Connection), ct);
                }
                foreach (var party in new[] { i.PersonAId, i.PersonBId })
                {
                    db.Interactions.Add(new Interaction
                    {
                        FromPersonId = i.ConnectorId,
                        ToPersonId = party,
                        Type = InteractionType.Introduction,
                        Direction = InteractionDirection.FromTo,
                        OccurredAt = at,
                        Source = InteractionSource.Platform,
                        Note = $"Introduction #{i.Id}",
                    });
                }
                continue;
            }
            if (!i.IsOpen(now)) continue;
            foreach (var (party, other) in new[] { (i.PersonAId, i.PersonBId), (i.PersonBId, i.PersonAId) })
            {
                if (i.AnswerOf(party) != IntroductionAnswer.Pending) continue;
                db.Notifications.Add(new Notification
                {
                    PersonId = party,
                    Kind = Introducer.RequestKind,
                    Payload = $"{names[i.ConnectorId]} would like to introduce you to {names[other]}: \"{i.Reason}\" "
                        + "Accept or decline in your introductions inbox; they will not see your answer unless you both accept.",
                    AboutPersonId = other,
                    DedupeKey = $"{Introducer.KeyPrefix(i.Id)}request:{party}",
                    CreatedAt = i.CreatedAt,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return introductions.Count;
    }
}
