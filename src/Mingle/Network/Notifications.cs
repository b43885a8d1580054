using Microsoft.EntityFrameworkCore;
using Mingle.Data;

namespace Mingle.Network;

/// <summary>My in-app notifications; only ever mine.</summary>
public sealed class Notifications(MingleDb db)
{
    public async Task<IReadOnlyList<NotificationView>> ListAsync(int me, CancellationToken ct) =>
        await db.Notifications.AsNoTracking().Where(n => n.PersonId == me)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(200)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Payload, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(ct);
}
