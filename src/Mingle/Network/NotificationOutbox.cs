using Microsoft.EntityFrameworkCore;
using Mingle.Data;

namespace Mingle.Network;

/// <summary>Adds a notification whose <see cref="Notification.DedupeKey"/> makes it at-most-once across runs.</summary>
public static class NotificationOutbox
{
    /// <summary>Saves <paramref name="notification"/> unless a row with its dedupe key exists; true when this call
    /// inserted it. A concurrent run that inserted the same key first makes the unique index refuse ours: that
    /// notification is sent already, so the change tracker is cleared and false returned.</summary>
    public static async Task<bool> AddOnceAsync(MingleDb db, Notification notification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notification);
        db.Notifications.Add(notification);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
