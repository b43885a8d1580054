using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Network;
using Mingle.People;

namespace Mingle.Kudos;

/// <summary>
/// Giving, listing and hiding kudos. The sender is always the caller; never to yourself, never to someone who has
/// left; at most <see cref="DailyLimit"/> a day per sender. Each kudos is also a platform interaction of type Kudos
/// (it strengthens the tie like any other) and an in-app notification to the receiver. Messages are plain text.
/// </summary>
public sealed class KudosLedger(MingleDb db, TimeProvider clock)
{
    public const int DailyLimit = 20;
    public const int RecentCount = 10;
    public const string NotificationKind = "kudos.received";

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<KudosView> GiveAsync(int me, GiveKudos request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = Clean(request.Message);
        var errors = new Dictionary<string, string[]>();
        if (message is null) errors["message"] = ["A message is required."];
        else if (message.Length > Kudos.MaxMessageLength) errors["message"] = [$"At most {Kudos.MaxMessageLength} characters."];
        if (request.To == me) errors["to"] = ["You cannot give kudos to yourself."];
        if (errors.Count > 0) throw new ValidationException(errors);
        var to = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.To, ct) ?? throw new NotFoundException("person", request.To);
        if (to.Status != PersonStatus.Active) throw new ValidationException("to", $"{to.Name} has left the organisation.");
        if (request.SkillId is { } skillId && !await db.Skills.AnyAsync(s => s.Id == skillId, ct))
            throw new ValidationException("skillId", $"No skill {skillId}.");
        if (request.MatchId is { } matchId)
        {
            var people = await db.MatchParticipants.AsNoTracking().Where(p => p.MatchId == matchId).Select(p => p.PersonId).ToListAsync(ct);
            if (!people.Contains(me) || !people.Contains(to.Id))
                throw new ValidationException("matchId", "Kudos for a match go from one of its people to another of its people.");
        }
        await using var transaction = await LockSenderAsync(me, ct);
        var kudos = await StageAsync(me, [to.Id], message!, request.SkillId, request.MatchId, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await ViewAsync(kudos[0].Id, ct);
    }

    /// <summary>
    /// Begins the transaction that makes the daily-limit check in <see cref="StageAsync"/> and the caller's save one
    /// step per sender, so requests at once cannot all see room under the limit: on PostgreSQL a transaction-scoped
    /// advisory lock on the sender; SQLite's transactions take the write lock as they begin (BEGIN IMMEDIATE).
    /// </summary>
    public async Task<IDbContextTransaction> LockSenderAsync(int me, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockClass}, {me})", ct);
        return transaction;
    }

    /// <summary>The first key of <see cref="LockSenderAsync"/>'s advisory lock ("kudo" in ASCII).</summary>
    const int AdvisoryLockClass = 0x6B75646F;

    /// <summary>
    /// Adds (without saving) kudos from <paramref name="me"/> to each of <paramref name="to"/> with their Kudos
    /// interactions and notifications, after the daily limit check; the caller saves, so a follow-up and its kudos
    /// are one unit of work, inside <see cref="LockSenderAsync"/>'s transaction. <paramref name="message"/> must already be cleaned and valid.
    /// </summary>
    public async Task<List<Kudos>> StageAsync(int me, IReadOnlyList<int> to, string message, int? skillId, long? matchId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(to);
        var since = Now.AddDays(-1);
        var given = await db.Kudos.CountAsync(k => k.FromPersonId == me && k.CreatedAt > since, ct);
        if (given + to.Count > DailyLimit) throw new KudosLimitException(DailyLimit);
        var sender = await db.People.AsNoTracking().Where(p => p.Id == me).Select(p => p.Name).SingleAsync(ct);
        var created = new List<Kudos>();
        foreach (var id in to)
        {
            var kudos = new Kudos { FromPersonId = me, ToPersonId = id, Message = message, SkillId = skillId, MatchId = matchId, CreatedAt = Now };
            created.Add(kudos);
            db.Kudos.Add(kudos);
            db.Interactions.Add(new Interaction
            {
                FromPersonId = me,
                ToPersonId = id,
                Type = InteractionType.Kudos,
                Direction = InteractionDirection.FromTo,
                OccurredAt = Now,
                Source = InteractionSource.Platform,
            });
            db.Notifications.Add(new Notification
            {
                PersonId = id,
                AboutPersonId = me,
                Kind = NotificationKind,
                Payload = Truncate($"{sender} sent you kudos: {message}", 2000),
                DedupeKey = $"kudos:{Guid.NewGuid():N}",
                CreatedAt = Now,
            });
        }
        return created;
    }

    /// <summary>Trimmed text without control characters (line breaks kept), or null when nothing is left.</summary>
    public static string? Clean(string? message)
    {
        if (message is null) return null;
        var kept = new string([.. message.Where(c => !char.IsControl(c) || c == '\n')]).Trim();
        return kept.Length == 0 ? null : kept;
    }

    /// <summary>Kudos I received (including those I hid) and gave, newest first.</summary>
    public async Task<MyKudos> MineAsync(int me, CancellationToken ct) => new(
        await ListAsync(db.Kudos.Where(k => k.ToPersonId == me), 200, ct),
        await ListAsync(db.Kudos.Where(k => k.FromPersonId == me), 200, ct));

    /// <summary>A colleague's kudos as their profile shows them: not the hidden ones. Anyone signed in may read.</summary>
    public async Task<PersonKudos> ReceivedByAsync(int personId, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct)) throw new NotFoundException("person", personId);
        var visible = db.Kudos.Where(k => k.ToPersonId == personId && !k.Hidden);
        return new PersonKudos(personId, await visible.CountAsync(ct), await ListAsync(visible, RecentCount, ct));
    }

    /// <summary>The receiver hides (or shows again) one of their kudos; anyone else's is "not found".</summary>
    public async Task<KudosView> SetHiddenAsync(int me, long id, bool hidden, CancellationToken ct)
    {
        var kudos = await db.Kudos.SingleOrDefaultAsync(k => k.Id == id && k.ToPersonId == me, ct) ?? throw new NotFoundException("kudos", id);
        kudos.Hidden = hidden;
        await db.SaveChangesAsync(ct);
        return await ViewAsync(id, ct);
    }

    async Task<KudosView> ViewAsync(long id, CancellationToken ct) => (await ListAsync(db.Kudos.Where(k => k.Id == id), 1, ct)).Single();

    async Task<List<KudosView>> ListAsync(IQueryable<Kudos> query, int take, CancellationToken ct) =>
        await query.AsNoTracking()
            .Join(db.People, k => k.FromPersonId, p => p.Id, (k, f) => new { k, f })
            .Join(db.People, x => x.k.ToPersonId, p => p.Id, (x, t) => new { x.k, x.f, t })
            .OrderByDescending(x => x.k.CreatedAt).ThenByDescending(x => x.k.Id).Take(take)
            .Select(x => new KudosView(x.k.Id, new PersonRef(x.f.Id, x.f.Name, x.f.Title), new PersonRef(x.t.Id, x.t.Name, x.t.Title), x.k.Message,
                db.Skills.Where(s => s.Id == x.k.SkillId).Select(s => s.Name).FirstOrDefault(), x.k.MatchId, x.k.CreatedAt, x.k.Hidden))
            .ToListAsync(ct);

    static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
