using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;

namespace Mingle.Network;

/// <summary>A person's own interaction log (privacy rule 2: what I log is mine alone).</summary>
public sealed class InteractionLog(MingleDb db, TimeProvider clock)
{
    public async Task<InteractionView> RecordAsync(int me, LogInteraction request, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.Validate(today) is { Count: > 0 } errors) throw new ValidationException(errors);
        if (request.PersonId == me) throw new ValidationException("personId", "You cannot log an interaction with yourself.");
        if (!await db.People.AnyAsync(p => p.Id == request.PersonId, ct)) throw new NotFoundException("person", request.PersonId);

        var type = LoggableTypes.Parse(request.Type)!.Value;
        var direction = Interaction.DefaultDirection(type);
        // From → To reads "who gave to whom" for advice and mentoring; help given/received carry it in the type.
        var theyGave = request.Received && type is InteractionType.Advice or InteractionType.Mentoring;
        if (type is InteractionType.Advice or InteractionType.Mentoring) direction = InteractionDirection.FromTo;
        var interaction = new Interaction
        {
            FromPersonId = theyGave ? request.PersonId : me,
            ToPersonId = theyGave ? me : request.PersonId,
            Type = type,
            Direction = direction,
            OccurredAt = request.Date!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Count = 1,
            Source = InteractionSource.Logged,
            LoggedById = me,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
        };
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync(ct);
        return (await ViewsAsync(me, [interaction], ct)).Single();
    }

    public async Task<IReadOnlyList<InteractionView>> ListAsync(int me, InteractionQuery query, CancellationToken ct)
    {
        if (query.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var interactions = db.Interactions.AsNoTracking().VisibleTo(me);
        if (query.With is { } with) interactions = interactions.Where(i => i.FromPersonId == with || i.ToPersonId == with);
        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            interactions = interactions.Where(i => i.OccurredAt >= start);
        }
        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            interactions = interactions.Where(i => i.OccurredAt < end);
        }
        var rows = await interactions.OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id).Take(query.Limit).ToListAsync(ct);
        return await ViewsAsync(me, rows, ct);
    }

    public async Task<InteractionView> GetAsync(int me, long id, CancellationToken ct)
    {
        var interaction = await db.Interactions.AsNoTracking().VisibleTo(me).SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("interaction", id);
        return (await ViewsAsync(me, [interaction], ct)).Single();
    }

    /// <summary>Only my own logged interactions can be deleted; platform records are not mine to erase.</summary>
    public async Task DeleteAsync(int me, long id, CancellationToken ct)
    {
        var interaction = await db.Interactions
            .SingleOrDefaultAsync(i => i.Id == id && i.Source == InteractionSource.Logged && i.LoggedById == me, ct)
            ?? throw new NotFoundException("interaction", id);
        db.Interactions.Remove(interaction);
        await db.SaveChangesAsync(ct);
    }

    async Task<List<InteractionView>> ViewsAsync(int me, List<Interaction> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.OtherThan(me)).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new PersonSummary(p.Id, p.PreferredName ?? p.Name, p.Title, p.OrgUnitId, p.OrgUnit!.Name,
                p.LocationId, p.Location!.Name, p.Level, p.PhotoUrl))
            .ToDictionaryAsync(p => p.Id, ct);
        return rows.Select(r => new InteractionView(r.Id, people[r.OtherThan(me)], LoggableTypes.NameOf(r.Type),
            r.Direction == InteractionDirection.Mutual ? "mutual" : r.FromPersonId == me ? "given" : "received",
            DateOnly.FromDateTime(r.OccurredAt), r.Note, r.Source == InteractionSource.Logged ? "logged" : "platform")).ToList();
    }
}
