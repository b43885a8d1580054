using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Errors;

namespace Mingle.Privacy;

/// <summary>
/// Erases a person (privacy rule 6): every row that names them is deleted (the database cascades from the person
/// row: profile, skills, interests, offers, asks, interactions, roles, tokens) or anonymised (reports' manager
/// link, audit entries they made or that point at them), in one transaction. The audit log keeps that an erasure
/// happened, without the name.
/// </summary>
public sealed class PersonEraser(MingleDb db, AuditLog audit)
{
    /// <param name="actorId">The Admin doing it; null for the operator's CLI.</param>
    public async Task<ErasureResult> EraseAsync(int? actorId, int personId, CancellationToken ct)
    {
        if (actorId == personId) throw new ValidationException("id", "Admins cannot erase themselves; ask another admin.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var exists = await db.People.AnyAsync(p => p.Id == personId, ct);
        if (!exists) throw new NotFoundException("person", personId);

        var interactions = await db.Interactions.CountAsync(i => i.FromPersonId == personId || i.ToPersonId == personId, ct);
        await db.People.Where(p => p.ManagerId == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ManagerId, (int?)null), ct);
        var target = $"person:{personId}";
        await db.AuditEntries.Where(a => a.ActorId == personId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorId, (int?)null), ct);
        await db.AuditEntries.Where(a => a.Target == target)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Target, "person:erased").SetProperty(a => a.Detail, (string?)null), ct);
        // Explicit deletes first: SQLite enforces the cascades too, but being explicit keeps both providers identical.
        await db.Interactions.Where(i => i.FromPersonId == personId || i.ToPersonId == personId).ExecuteDeleteAsync(ct);
        // Survey answers they gave (with their nominations and scale answers) and every nomination naming them.
        await db.SurveyNominations.Where(n => n.NomineeId == personId).ExecuteDeleteAsync(ct);
        await db.SurveyResponses.Where(r => r.RespondentId == personId).ExecuteDeleteAsync(ct);
        await db.Surveys.Where(s => s.CreatedById == personId).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedById, (int?)null), ct);
        await db.People.Where(p => p.Id == personId).ExecuteDeleteAsync(ct);

        audit.Add(actorId, "privacy.erase", "person:erased", $"{interactions} interactions removed");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ErasureResult(interactions);
    }
}

public sealed record ErasureResult(int InteractionsRemoved);
