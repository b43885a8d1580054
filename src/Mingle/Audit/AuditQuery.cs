using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.People;

namespace Mingle.Audit;

/// <summary>Reads the audit log for Admins, newest first, with the actor's name where the actor still exists.</summary>
public sealed class AuditQuery(MingleDb db)
{
    public async Task<Page<AuditView>> ListAsync(string? action, int page, int pageSize, CancellationToken ct)
    {
        if (page < 1 || pageSize is < 1 or > 200)
            throw new Errors.ValidationException("page", "Page must be 1 or more and page size between 1 and 200.");
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(action)) entries = entries.Where(a => a.Action.StartsWith(action));
        var total = await entries.CountAsync(ct);
        var items = await entries.OrderByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new AuditView(a.Id, a.At, a.ActorId,
                db.People.Where(p => p.Id == a.ActorId).Select(p => p.Name).FirstOrDefault(), a.Action, a.Target, a.Detail))
            .ToListAsync(ct);
        return new Page<AuditView>(items, total, page, pageSize);
    }
}

public sealed record AuditView(long Id, DateTime At, int? ActorId, string? Actor, string Action, string? Target, string? Detail);
