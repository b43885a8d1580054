using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Network;
using Mingle.People;

namespace Mingle.Introductions;

/// <summary>
/// Be a connector: propose that two colleagues meet; each is asked in-app; when both accept they become mutual
/// connections, learn about each other and the connector gets credit. Per object: only the connector and the two
/// parties can read an introduction, only a party can answer; to anyone else it does not exist (404).
/// </summary>
public sealed class Introducer(MingleDb db, MyNetwork network, TimeProvider clock)
{
    public const string RequestKind = "introduction-request";
    public const string AcceptedKind = "introduction-accepted";

    /// <summary>Every notification about introduction <paramref name="id"/> has a dedupe key with this prefix (erasure finds them by it).</summary>
    public static string KeyPrefix(int id) => $"intro:{id}:";

    public async Task<IntroductionView> ProposeAsync(int me, ProposeIntroduction request, CancellationToken ct)
    {
        if (request.Validate(me) is { Count: > 0 } errors) throw new ValidationException(errors);
        var ids = new[] { request.PersonAId, request.PersonBId };
        var active = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.Status == PersonStatus.Active)
            .Select(p => p.Id).ToListAsync(ct);
        foreach (var id in ids)
            if (!active.Contains(id)) throw new NotFoundException("person", id);

        var now = clock.GetUtcNow().UtcDateTime;
        var (a, b) = (request.PersonAId, request.PersonBId);
        var open = await db.Introductions.AsNoTracking()
            .Where(i => (i.PersonAId == a && i.PersonBId == b) || (i.PersonAId == b && i.PersonBId == a))
            .Where(i => i.AcceptedAt == null && i.ExpiresAt > now
                && i.AnswerA != IntroductionAnswer.Declined && i.AnswerB != IntroductionAnswer.Declined)
            .AnyAsync(ct);
        if (open) throw new ValidationException("personBId", "These two already have an open introduction.");
        var connected = await db.NetworkEntries.AsNoTracking().CountAsync(e => e.Kind == NetworkEntryKind.Connection
            && ((e.OwnerId == a && e.PersonId == b) || (e.OwnerId == b && e.PersonId == a)), ct);
        if (connected == 2) throw new ValidationException("personBId", "These two are already connected.");

        var introduction = new Introduction
        {
            ConnectorId = me,
            PersonAId = a,
            PersonBId = b,
            Reason = request.Reason!.Trim(),
            CreatedAt = now,
            ExpiresAt = now + Introduction.Lifetime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Introductions.Add(introduction);
        await db.SaveChangesAsync(ct);
        var people = await SummariesAsync([me, a, b], ct);
        foreach (var (party, other) in new[] { (a, b), (b, a) })
        {
            db.Notifications.Add(new Notification
            {
                PersonId = party,
                Kind = RequestKind,
                Payload = $"{people[me].Name} would like to introduce you to {people[other].Name}: \"{Shorten(introduction.Reason)}\" "
                    + "Accept or decline in your introductions inbox; they will not see your answer unless you both accept.",
                AboutPersonId = other,
                DedupeKey = $"{KeyPrefix(introduction.Id)}request:{party}",
                CreatedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return View(me, introduction, people, now);
    }

    public async Task<IReadOnlyList<IntroductionView>> ListAsync(int me, CancellationToken ct)
    {
        var rows = await db.Introductions.AsNoTracking()
            .Where(i => i.ConnectorId == me || i.PersonAId == me || i.PersonBId == me)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(200).ToListAsync(ct);
        var people = await SummariesAsync(rows.SelectMany(i => new[] { i.ConnectorId, i.PersonAId, i.PersonBId }), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return rows.Select(i => View(me, i, people, now)).ToList();
    }

    /// <summary>Introductions waiting for my answer (home page widget).</summary>
    public async Task<IReadOnlyList<IntroductionView>> AwaitingMyAnswerAsync(int me, CancellationToken ct) => (await ListAsync(me, ct)).Where(v => v.Status == "awaiting your answer").ToList();

    public async Task<IntroductionView> GetAsync(int me, int id, CancellationToken ct)
    {
        var introduction = await db.Introductions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id
                && (i.ConnectorId == me || i.PersonAId == me || i.PersonBId == me), ct)
            ?? throw new NotFoundException("introduction", id);
        var people = await SummariesAsync([introduction.ConnectorId, introduction.PersonAId, introduction.PersonBId], ct);
        return View(me, introduction, people, clock.GetUtcNow().UtcDateTime);
    }

    public Task<IntroductionView> AcceptAsync(int me, int id, CancellationToken ct) => AnswerAsync(me, id, IntroductionAnswer.Accepted, ct);

    /// <summary>Declining is silent: the other party keeps seeing "waiting" until expiry, the connector sees "not now".</summary>
    public Task<IntroductionView> DeclineAsync(int me, int id, CancellationToken ct) => AnswerAsync(me, id, IntroductionAnswer.Declined, ct);

    /// <summary>Introductions this person made, and how many both sides accepted — shown on their public profile.</summary>
    public async Task<ConnectorCredit> CreditAsync(int personId, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct)) throw new NotFoundException("person", personId);
        var made = await db.Introductions.CountAsync(i => i.ConnectorId == personId, ct);
        var accepted = await db.Introductions.CountAsync(i => i.ConnectorId == personId && i.AcceptedAt != null, ct);
        return new ConnectorCredit(personId, made, accepted);
    }

    async Task<IntroductionView> AnswerAsync(int me, int id, IntroductionAnswer answer, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var introduction = await db.Introductions.SingleOrDefaultAsync(i => i.Id == id && (i.PersonAId == me || i.PersonBId == me), ct)
            ?? throw new NotFoundException("introduction", id);
        var mine = introduction.AnswerOf(me);
        if (mine == answer) return await GetAsync(me, id, ct); // answering the same twice (a double click) is harmless
        if (mine != IntroductionAnswer.Pending)
            throw new ValidationException("answer", "You have already answered this introduction.");
        if (introduction.ExpiresAt <= now) throw new ValidationException("answer", "This introduction has expired.");

        if (me == introduction.PersonAId)
        {
            introduction.AnswerA = answer;
            introduction.AnsweredAAt = now;
        }
        else
        {
            introduction.AnswerB = answer;
            introduction.AnsweredBAt = now;
        }
        // EF writes only my own answer's columns, so the two parties answering at once cannot overwrite each other.
        await db.SaveChangesAsync(ct);
        if (answer == IntroductionAnswer.Accepted) await CompleteIfBothAcceptedAsync(id, now, ct);
        return await GetAsync(me, id, ct);
    }

    /// <summary>
    /// Whoever answers second completes it. The conditional update claims completion in the database, so two
    /// acceptances arriving together connect the pair exactly once.
    /// </summary>
    async Task CompleteIfBothAcceptedAsync(int id, DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Introductions
            .Where(i => i.Id == id && i.AcceptedAt == null
                && i.AnswerA == IntroductionAnswer.Accepted && i.AnswerB == IntroductionAnswer.Accepted)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now), ct);
        if (claimed == 0) return;

        var introduction = await db.Introductions.AsNoTracking().SingleAsync(i => i.Id == id, ct);
        var (a, b, connector) = (introduction.PersonAId, introduction.PersonBId, introduction.ConnectorId);
        await network.ConnectAsync(a, b, ct);
        foreach (var party in new[] { a, b })
        {
            // Each party's log shows the introduction as received from the connector (the connector's, as given).
            db.Interactions.Add(new Interaction
            {
                FromPersonId = connector,
                ToPersonId = party,
                Type = InteractionType.Introduction,
                Direction = InteractionDirection.FromTo,
                OccurredAt = now,
                Source = InteractionSource.Platform,
                Note = $"Introduction #{id}",
            });
        }
        var people = await SummariesAsync([connector, a, b], ct);
        foreach (var (party, other) in new[] { (a, b), (b, a) })
        {
            var them = people[other];
            db.Notifications.Add(new Notification
            {
                PersonId = party,
                Kind = AcceptedKind,
                Payload = $"You and {them.Name} both accepted {people[connector].Name}'s introduction and are now connected. "
                    + $"{them.Name}{(them.Title is null ? "" : $" ({them.Title}{(them.Unit is null ? "" : $", {them.Unit}")})")}. "
                    + $"Why {people[connector].Name} thought you should meet: \"{Shorten(introduction.Reason)}\"",
                AboutPersonId = other,
                DedupeKey = $"{KeyPrefix(id)}accepted:{party}",
                CreatedAt = now,
            });
        }
        db.Notifications.Add(new Notification
        {
            PersonId = connector,
            Kind = AcceptedKind,
            Payload = $"{people[a].Name} and {people[b].Name} both accepted your introduction and are now connected. Thank you for connecting people!",
            AboutPersonId = a,
            DedupeKey = $"{KeyPrefix(id)}accepted:{connector}",
            CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    static IntroductionView View(int me, Introduction i, Dictionary<int, PersonSummary> people, DateTime now)
    {
        if (me == i.ConnectorId && !i.IsParty(me))
        {
            var status = i.AcceptedAt is not null ? "accepted" : i.IsOpen(now) ? "pending" : "not now";
            return new IntroductionView(i.Id, "connector", people[i.ConnectorId], [people[i.PersonAId], people[i.PersonBId]], i.Reason,
                status, null, i.CreatedAt, i.ExpiresAt, i.AcceptedAt);
        }
        var mine = i.AnswerOf(me);
        var partyStatus = (i.AcceptedAt, mine) switch
        {
            (not null, _) => "accepted",
            (_, IntroductionAnswer.Declined) => "declined",
            _ when i.ExpiresAt <= now => "expired",
            (_, IntroductionAnswer.Pending) => "awaiting your answer",
            // I accepted; whether they declined or have not answered yet looks the same to me.
            _ => "waiting for them",
        };
        return new IntroductionView(i.Id, "party", people[i.ConnectorId], [people[i.OtherParty(me)]], i.Reason, partyStatus,
            mine.ToString().ToLowerInvariant(), i.CreatedAt, i.ExpiresAt, i.AcceptedAt);
    }

    static string Shorten(string text) => text.Length <= 300 ? text : text[..297] + "...";

    async Task<Dictionary<int, PersonSummary>> SummariesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => list.Contains(p.Id))
            .Select(p => new PersonSummary(p.Id, p.PreferredName ?? p.Name, p.Title, p.OrgUnitId, p.OrgUnit!.Name,
                p.LocationId, p.Location!.Name, p.Level, p.PhotoUrl))
            .ToDictionaryAsync(p => p.Id, ct);
    }
}
