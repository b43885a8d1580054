using Microsoft.EntityFrameworkCore;
using Mingle.Data;

namespace Mingle.Kudos;

/// <summary>Kudos in the personal data export and erasure (privacy rule 6): given and received, both ways.</summary>
public static class KudosPersonalData
{
    public static async Task<IReadOnlyList<ExportedKudos>> ExportAsync(MingleDb db, int personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Kudos.AsNoTracking().Where(k => k.FromPersonId == personId || k.ToPersonId == personId)
            .OrderBy(k => k.CreatedAt).ThenBy(k => k.Id)
            .Select(k => new ExportedKudos(
                k.FromPersonId == personId ? "given" : "received",
                k.FromPersonId == personId ? k.ToPersonId : k.FromPersonId,
                db.People.Where(p => p.Id == (k.FromPersonId == personId ? k.ToPersonId : k.FromPersonId)).Select(p => p.Name).FirstOrDefault(),
                k.Message,
                db.Skills.Where(s => s.Id == k.SkillId).Select(s => s.Name).FirstOrDefault(),
                k.MatchId, k.Hidden, k.CreatedAt))
            .ToListAsync(ct);
    }

    /// <summary>Deletes every kudos the person gave or received; their Kudos interactions and the notifications
    /// naming them go with the interactions and notifications the eraser removes.</summary>
    public static async Task EraseAsync(MingleDb db, int personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Kudos.Where(k => k.FromPersonId == personId || k.ToPersonId == personId).ExecuteDeleteAsync(ct);
    }
}
