using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Errors;

namespace Mingle.Privacy;

/// <summary>
/// Erases a person (privacy rule 6): every row that names them is deleted (the database cascades from the person
/// row: profile, skills, interests, offers, asks, interactions, roles, tokens, suggestion dismissals by or of them) or anonymised (reports' manager
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
        // Introductions naming the person go (the database cascades too), and with them every notification that
        // tells someone about that introduction, whoever received it: those payloads name the erased person.
        var introductions = await db.Introductions
            .Where(i => i.ConnectorId == personId || i.PersonAId == personId || i.PersonBId == personId).Select(i => i.Id).ToListAsync(ct);
        foreach (var id in introductions)
        {
            var prefix = Introductions.Introducer.KeyPrefix(id);
            await db.Notifications.Where(n => n.DedupeKey.StartsWith(prefix)).ExecuteDeleteAsync(ct);
        }
        await db.Introductions.Where(i => i.ConnectorId == personId || i.PersonAId == personId || i.PersonBId == personId).ExecuteDeleteAsync(ct);
        // Explicit deletes first: SQLite enforces the cascades too, but being explicit keeps both providers identical.
        await db.Interactions.Where(i => i.FromPersonId == personId || i.ToPersonId == personId).ExecuteDeleteAsync(ct);
        await db.SuggestionDismissals.Where(d => d.PersonId == personId || d.SuggestedPersonId == personId).ExecuteDeleteAsync(ct);
        await db.Endorsements.Where(e => e.EndorserId == personId || e.PersonId == personId).ExecuteDeleteAsync(ct);
        await global::Mingle.Kudos.KudosPersonalData.EraseAsync(db, personId, ct);
        // Programmes: memberships, blocks either way, budget and match rows; a match left with one person goes too
        // (its explanation was about the pair), and programmes they owned lose the owner link.
        var matchIds = await db.MatchParticipants.Where(p => p.PersonId == personId).Select(p => p.MatchId).ToListAsync(ct);
        await db.MatchParticipants.Where(p => p.PersonId == personId).ExecuteDeleteAsync(ct);
        await db.ProgrammeMatches.Where(m => matchIds.Contains(m.Id) && db.MatchParticipants.Count(p => p.MatchId == m.Id) < 2).ExecuteDeleteAsync(ct);
        await db.ProgrammeMembers.Where(m => m.PersonId == personId).ExecuteDeleteAsync(ct);
        await db.MatchBlocks.Where(b => b.BlockerId == personId || b.BlockedId == personId).ExecuteDeleteAsync(ct);
        await db.MeetingBudgets.Where(b => b.PersonId == personId).ExecuteDeleteAsync(ct);
        await db.Programmes.Where(p => p.OwnerId == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.OwnerId, (int?)null), ct);
        await db.ProgrammeRounds.Where(r => r.PublishedById == personId).ExecuteUpdateAsync(s => s.SetProperty(r => r.PublishedById, (int?)null), ct);
        await Mentoring.MentoringPersonalData.EraseAsync(db, personId, ct);
        // Survey answers they gave (with their nominations and scale answers) and every nomination naming them.
        await db.SurveyNominations.Where(n => n.NomineeId == personId).ExecuteDeleteAsync(ct);
        await db.SurveyResponses.Where(r => r.RespondentId == personId).ExecuteDeleteAsync(ct);
        await db.Surveys.Where(s => s.CreatedById == personId).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedById, (int?)null), ct);
        await Onboarding.OnboardingPersonalData.EraseAsync(db, personId, ct);
        await Sponsorship.SponsorshipPersonalData.EraseAsync(db, personId, ct);
        await db.People.Where(p => p.Id == personId).ExecuteDeleteAsync(ct);

        audit.Add(actorId, "privacy.erase", "person:erased", $"{interactions} interactions removed");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ErasureResult(interactions);
    }
}

public sealed record ErasureResult(int InteractionsRemoved);
