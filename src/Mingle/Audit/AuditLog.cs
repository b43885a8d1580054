using Mingle.Data;

namespace Mingle.Audit;

public sealed class AuditLog(MingleDb db, TimeProvider clock)
{
    /// <summary>Adds an entry to the unit of work; the caller's SaveChanges commits it with the action itself.</summary>
    public void Add(int? actorId, string action, string? target = null, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actorId,
            Action = action,
            Target = target,
            Detail = detail,
        });
}
