using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;
using Mingle.Text;

namespace Mingle.Network;

/// <summary>
/// A person's own network: contacts, mutual connections and the requests between them. Every method takes the
/// caller as <c>me</c> and only ever reads or writes rows owned by (or addressed to) that person, so someone else's
/// entry is indistinguishable from a missing one (404), whatever the caller's roles.
/// </summary>
public sealed class MyNetwork(MingleDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<NetworkEntryView>> ListAsync(int me, NetworkQuery query, CancellationToken ct)
    {
        if (query.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var entries = await db.NetworkEntries.AsNoTracking().Where(e => e.OwnerId == me).ToListAsync(ct);
        var views = await ViewsAsync(me, entries, ct);

        string? unitPath = null;
        if (query.Unit is { } unitId)
            unitPath = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(ct)
                ?? throw new ValidationException("unit", $"No org unit {unitId}.");
        var unitPaths = unitPath is null
            ? []
            : await db.People.AsNoTracking().Where(p => entries.Select(e => e.PersonId).Contains(p.Id) && p.OrgUnitId != null)
                .Select(p => new { p.Id, p.OrgUnit!.Path }).ToDictionaryAsync(p => p.Id, p => p.Path, ct);
        var tag = query.Tag?.Trim().ToLowerInvariant();

        return views
            .Where(v => unitPath is null
                || (unitPaths.TryGetValue(v.Person.Id, out var path) && (path == unitPath || path.StartsWith(unitPath + "/", StringComparison.Ordinal))))
            .Where(v => query.Location is null || v.Person.LocationId == query.Location)
            .Where(v => query.Level is null || v.Person.Level == query.Level)
            .Where(v => string.IsNullOrEmpty(tag) || v.Tags.Contains(tag))
            .Where(v => !query.Overdue || v.Overdue)
            .OrderBy(v => v.Person.Name, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Person.Id)
            .ToList();
    }

    public async Task<NetworkEntryDetail> GetAsync(int me, int personId, CancellationToken ct)
    {
        var entry = await db.NetworkEntries.AsNoTracking().SingleOrDefaultAsync(e => e.OwnerId == me && e.PersonId == personId, ct)
            ?? throw new NotFoundException("network entry", personId);
        return await DetailAsync(me, entry, ct);
    }

    public Task<bool> ContainsAsync(int me, int personId, CancellationToken ct) =>
        db.NetworkEntries.AnyAsync(e => e.OwnerId == me && e.PersonId == personId, ct);

    /// <summary>Entries whose keep-in-touch date has come (cadence set, not snoozed past today), most overdue first.</summary>
    public async Task<IReadOnlyList<NetworkEntryView>> DueAsync(int me, CancellationToken ct)
    {
        var entries = await db.NetworkEntries.AsNoTracking().Where(e => e.OwnerId == me && e.CadenceDays != null).ToListAsync(ct);
        return (await ViewsAsync(me, entries, ct)).Where(v => v.Overdue).OrderBy(v => v.NextDue).ThenBy(v => v.Person.Name).ToList();
    }

    public async Task<AddToNetworkResult> AddAsync(int me, AddToNetwork request, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        if (request.PersonId == me) throw new ValidationException("personId", "You cannot add yourself to your network.");
        var other = await db.People.SingleOrDefaultAsync(p => p.Id == request.PersonId && p.Status == PersonStatus.Active, ct)
            ?? throw new NotFoundException("person", request.PersonId);

        var now = clock.GetUtcNow().UtcDateTime;
        var entry = await db.NetworkEntries.SingleOrDefaultAsync(e => e.OwnerId == me && e.PersonId == other.Id, ct);
        if (entry is null)
        {
            entry = new NetworkEntry { OwnerId = me, PersonId = other.Id, Kind = NetworkEntryKind.Contact, CreatedAt = now };
            db.NetworkEntries.Add(entry);
            Apply(entry, request.HowWeMet, request.WhereWeMet, request.MetOn, request.Tags, request.Notes, request.CadenceDays, now);
        }
        else
        {
            // Adding someone already there (e.g. to ask a contact to connect) must not wipe what I wrote: only the
            // fields given change here; PUT replaces.
            Apply(entry, request.HowWeMet ?? entry.HowWeMet, request.WhereWeMet ?? entry.WhereWeMet, request.MetOn ?? entry.MetOn,
                request.Tags ?? entry.TagList, request.Notes ?? entry.Notes, request.CadenceDays ?? entry.CadenceDays, now);
        }

        ConnectionRequest? sent = null;
        if (request.WantsConnection && entry.Kind != NetworkEntryKind.Connection)
        {
            // They asked me first: asking back is agreeing, so connect now rather than leave two crossed requests.
            // First, not Single: two requests sent at the same instant must not turn into a 500 later.
            var theirs = await db.ConnectionRequests.OrderBy(r => r.Id).FirstOrDefaultAsync(r => r.FromPersonId == other.Id && r.ToPersonId == me
                && r.Status == ConnectionRequestStatus.Pending && r.ExpiresAt > now, ct);
            if (theirs is not null)
                await ConnectAsync(theirs, now, ct);
            else
            {
                sent = await db.ConnectionRequests.OrderBy(r => r.Id).FirstOrDefaultAsync(r => r.FromPersonId == me && r.ToPersonId == other.Id
                    && r.Status != ConnectionRequestStatus.Accepted && r.ExpiresAt > now, ct);
                if (sent is null)
                {
                    sent = new ConnectionRequest
                    {
                        FromPersonId = me,
                        ToPersonId = other.Id,
                        Message = NetworkEntryRules.Clean(request.Message),
                        Status = ConnectionRequestStatus.Pending,
                        CreatedAt = now,
                        ExpiresAt = now + ConnectionRequest.Lifetime,
                    };
                    db.ConnectionRequests.Add(sent);
                }
            }
        }
        await db.SaveChangesAsync(ct);
        var summary = await SummaryAsync(other.Id, ct);
        return new AddToNetworkResult(await DetailAsync(me, entry, ct), sent is null ? null : RequestView(me, sent, summary, now));
    }

    public async Task<NetworkEntryDetail> UpdateAsync(int me, int personId, UpdateNetworkEntry request, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var entry = await db.NetworkEntries.SingleOrDefaultAsync(e => e.OwnerId == me && e.PersonId == personId, ct)
            ?? throw new NotFoundException("network entry", personId);
        Apply(entry, request.HowWeMet, request.WhereWeMet, request.MetOn, request.Tags, request.Notes, request.CadenceDays,
            clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(me, entry, ct);
    }

    public async Task SnoozeAsync(int me, int personId, DateOnly until, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (until <= today) throw new ValidationException("until", "Snooze until a date after today.");
        if (until > today.AddDays(NetworkEntryRules.MaxCadenceDays)) throw new ValidationException("until", "Snooze at most two years ahead.");
        var entry = await db.NetworkEntries.SingleOrDefaultAsync(e => e.OwnerId == me && e.PersonId == personId, ct)
            ?? throw new NotFoundException("network entry", personId);
        entry.SnoozedUntil = until;
        entry.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Removes the person from my network with my notes. A mutual connection ends for both: their entry stays
    /// (it is theirs) but becomes a one-sided contact.
    /// </summary>
    public async Task RemoveAsync(int me, int personId, CancellationToken ct)
    {
        var entry = await db.NetworkEntries.SingleOrDefaultAsync(e => e.OwnerId == me && e.PersonId == personId, ct)
            ?? throw new NotFoundException("network entry", personId);
        if (entry.Kind == NetworkEntryKind.Connection
            && await db.NetworkEntries.SingleOrDefaultAsync(e => e.OwnerId == personId && e.PersonId == me, ct) is { } theirs)
            theirs.Kind = NetworkEntryKind.Contact;
        db.NetworkEntries.Remove(entry);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ConnectionRequestView>> RequestsAsync(int me, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var requests = await db.ConnectionRequests.AsNoTracking()
            .Where(r => r.FromPersonId == me || (r.ToPersonId == me && r.Status == ConnectionRequestStatus.Pending && r.ExpiresAt > now))
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Take(200)
            .ToListAsync(ct);
        var people = await SummariesAsync(requests.Select(r => r.OtherThan(me)), ct);
        return requests.Select(r => RequestView(me, r, people[r.OtherThan(me)], now)).ToList();
    }

    public async Task<NetworkEntryDetail> AcceptAsync(int me, int requestId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var request = await PendingForMeAsync(me, requestId, now, ct);
        var mine = await ConnectAsync(request, now, ct);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(me, mine, ct);
    }

    /// <summary>Declining is silent: the sender's view of the request does not change until it expires.</summary>
    public async Task DeclineAsync(int me, int requestId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var request = await PendingForMeAsync(me, requestId, now, ct);
        request.Status = ConnectionRequestStatus.Declined;
        request.RespondedAt = now;
        await db.SaveChangesAsync(ct);
    }

    async Task<ConnectionRequest> PendingForMeAsync(int me, int requestId, DateTime now, CancellationToken ct) =>
        await db.ConnectionRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.ToPersonId == me
            && r.Status == ConnectionRequestStatus.Pending && r.ExpiresAt > now, ct)
        ?? throw new NotFoundException("connection request", requestId);

    /// <summary>
    /// Makes two people mutual connections on behalf of another feature (an introduction both accepted); saved with
    /// that feature's SaveChanges.
    /// </summary>
    public async Task ConnectAsync(int a, int b, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await EnsureConnectionAsync(a, b, now, ct);
        await EnsureConnectionAsync(b, a, now, ct);
    }

    /// <summary>Both sides get (or keep) their own entry, now of kind Connection; nobody's notes or tags are shared.</summary>
    async Task<NetworkEntry> ConnectAsync(ConnectionRequest request, DateTime now, CancellationToken ct)
    {
        request.Status = ConnectionRequestStatus.Accepted;
        request.RespondedAt = now;
        await EnsureConnectionAsync(request.FromPersonId, request.ToPersonId, now, ct);
        return await EnsureConnectionAsync(request.ToPersonId, request.FromPersonId, now, ct);
    }

    async Task<NetworkEntry> EnsureConnectionAsync(int owner, int person, DateTime now, CancellationToken ct)
    {
        var entry = db.NetworkEntries.Local.SingleOrDefault(e => e.OwnerId == owner && e.PersonId == person)
            ?? await db.NetworkEntries.SingleOrDefaultAsync(e => e.OwnerId == owner && e.PersonId == person, ct);
        if (entry is null)
        {
            entry = new NetworkEntry { OwnerId = owner, PersonId = person, CreatedAt = now, UpdatedAt = now };
            db.NetworkEntries.Add(entry);
        }
        entry.Kind = NetworkEntryKind.Connection;
        return entry;
    }

    static void Apply(NetworkEntry entry, string? howWeMet, string? whereWeMet, DateOnly? metOn, IReadOnlyList<string>? tags,
        string? notes, int? cadenceDays, DateTime now)
    {
        entry.HowWeMet = NetworkEntryRules.Clean(howWeMet);
        entry.WhereWeMet = NetworkEntryRules.Clean(whereWeMet);
        entry.MetOn = metOn;
        entry.Tags = NetworkEntryRules.JoinTags(tags);
        entry.Notes = string.IsNullOrWhiteSpace(notes) ? null : notes;
        entry.CadenceDays = cadenceDays;
        entry.UpdatedAt = now;
    }

    async Task<NetworkEntryDetail> DetailAsync(int me, NetworkEntry entry, CancellationToken ct)
    {
        var view = (await ViewsAsync(me, [entry], ct)).Single();
        return new NetworkEntryDetail(view, entry.HowWeMet, entry.WhereWeMet, entry.MetOn, entry.Notes, SafeMarkdown.ToHtml(entry.Notes),
            entry.CreatedAt);
    }

    /// <summary>Builds rows with last interaction, tie strength and due date from my own interaction log only.</summary>
    async Task<List<NetworkEntryView>> ViewsAsync(int me, List<NetworkEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0) return [];
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var ids = entries.Select(e => e.PersonId).ToList();
        var people = await SummariesAsync(ids, ct);
        var interactions = (await db.Interactions.AsNoTracking().VisibleTo(me)
                .Where(i => ids.Contains(i.FromPersonId == me ? i.ToPersonId : i.FromPersonId))
                .Select(i => new { i.FromPersonId, i.ToPersonId, i.OccurredAt, i.Count })
                .ToListAsync(ct))
            .ToLookup(i => i.FromPersonId == me ? i.ToPersonId : i.FromPersonId);

        return entries.Where(e => people.ContainsKey(e.PersonId)).Select(e =>
        {
            var mine = interactions[e.PersonId].ToList();
            DateOnly? last = mine.Count == 0 ? null : DateOnly.FromDateTime(mine.Max(i => i.OccurredAt));
            var nextDue = KeepInTouch.NextDue(e, last);
            return new NetworkEntryView(people[e.PersonId], e.Kind.ToString().ToLowerInvariant(), e.TagList, last,
                TieStrength.Of(mine.Select(i => (i.OccurredAt, i.Count)), today), e.CadenceDays, e.SnoozedUntil, nextDue,
                nextDue is { } due && due <= today);
        }).ToList();
    }

    async Task<PersonSummary> SummaryAsync(int id, CancellationToken ct) => (await SummariesAsync([id], ct))[id];

    async Task<Dictionary<int, PersonSummary>> SummariesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => list.Contains(p.Id))
            .Select(p => new PersonSummary(p.Id, p.PreferredName ?? p.Name, p.Title, p.OrgUnitId, p.OrgUnit!.Name,
                p.LocationId, p.Location!.Name, p.Level, p.PhotoUrl))
            .ToDictionaryAsync(p => p.Id, ct);
    }

    static ConnectionRequestView RequestView(int me, ConnectionRequest r, PersonSummary other, DateTime now)
    {
        var outgoing = r.FromPersonId == me;
        var status = r.Status switch
        {
            ConnectionRequestStatus.Accepted => "accepted",
            _ when r.ExpiresAt <= now => "expired",
            // A decline is never revealed to the sender.
            ConnectionRequestStatus.Declined when outgoing => "pending",
            ConnectionRequestStatus.Declined => "declined",
            _ => "pending",
        };
        return new ConnectionRequestView(r.Id, outgoing ? "outgoing" : "incoming", other, r.Message, status, r.CreatedAt, r.ExpiresAt);
    }
}
