using Microsoft.EntityFrameworkCore;
using Mingle.Data;

namespace Mingle.Mentoring;

/// <summary>Privacy rule 6 for the mentoring tables: what the export holds and what erasure removes.</summary>
public static class MentoringPersonalData
{
    public static async Task<ExportedMentoring> ExportAsync(MingleDb db, int personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var slugs = await db.Programmes.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Slug, ct);
        var applications = await db.MentoringApplications.AsNoTracking().AsSplitQuery().Include(a => a.Skills).Include(a => a.Preferences)
            .Where(a => a.PersonId == personId).OrderBy(a => a.CreatedAt).ToListAsync(ct);
        var skillIds = applications.SelectMany(a => a.Skills).Select(s => s.SkillId).Distinct().ToList();
        var skills = await db.Skills.AsNoTracking().Where(s => skillIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var relationships = await db.MentoringRelationships.AsNoTracking().Include(r => r.Sessions)
            .Where(r => (r.MentorId == personId || r.MenteeId == personId) && r.Status != MentoringRelationshipStatus.Proposed)
            .OrderBy(r => r.StartedAt).ToListAsync(ct);
        var feedback = await db.MentoringFeedback.AsNoTracking().Where(f => f.GivenById == personId)
            .Join(db.MentoringRelationships, f => f.RelationshipId, r => r.Id, (f, r) => new { f.Rating, f.Text, f.CreatedAt, r.ProgrammeId })
            .ToListAsync(ct);
        return new ExportedMentoring(
            [.. applications.Select(a => new ExportedMentoringApplication(slugs[a.ProgrammeId], a.Role.ToString().ToLowerInvariant(),
                a.Status.ToString().ToLowerInvariant(), a.Goals, a.Capacity, [.. a.Skills.Select(s => skills[s.SkillId])],
                [.. a.Preferences.OrderBy(p => p.Rank).Select(p => p.PersonId)], a.CreatedAt))],
            [.. relationships.Select(r => new ExportedMentoringRelationship(slugs[r.ProgrammeId], r.MentorId == personId ? "mentor" : "mentee",
                r.MentorId == personId ? r.MenteeId : r.MentorId, r.Status.ToString().ToLowerInvariant(), r.Goals, r.Reasons, r.StartedAt, r.EndedAt,
                [.. r.Sessions.OrderBy(s => s.HeldOn).Select(s => new ExportedMentoringSession(s.HeldOn, s.Note, s.LoggedById == personId, s.CreatedAt))]))],
            [.. feedback.OrderBy(f => f.CreatedAt).Select(f => new ExportedMentoringFeedback(slugs[f.ProgrammeId], f.Rating, f.Text, f.CreatedAt))]);
    }

    /// <summary>Deletes every mentoring row naming the person: their applications (with skills and preferences),
    /// others' preferences for them, every relationship they are in (with its sessions, feedback and notifications)
    /// and feedback they gave. Runs inside the eraser's transaction.</summary>
    public static async Task EraseAsync(MingleDb db, int personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var relationships = await db.MentoringRelationships.Where(r => r.MentorId == personId || r.MenteeId == personId)
            .Select(r => r.Id).ToListAsync(ct);
        foreach (var id in relationships)
        {
            var prefix = MentoringCohorts.KeyPrefix(id);
            await db.Notifications.Where(n => n.DedupeKey.StartsWith(prefix)).ExecuteDeleteAsync(ct);
        }
        await db.MentoringFeedback.Where(f => f.GivenById == personId || relationships.Contains(f.RelationshipId)).ExecuteDeleteAsync(ct);
        await db.MentoringSessions.Where(s => s.LoggedById == personId || relationships.Contains(s.RelationshipId)).ExecuteDeleteAsync(ct);
        await db.MentoringRelationships.Where(r => relationships.Contains(r.Id)).ExecuteDeleteAsync(ct);
        await db.MentoringRelationships.Where(r => r.EndedById == personId).ExecuteUpdateAsync(s => s.SetProperty(r => r.EndedById, (int?)null), ct);
        await db.MentoringPreferences.Where(p => p.PersonId == personId).ExecuteDeleteAsync(ct);
        await db.MentoringApplications.Where(a => a.PersonId == personId).ExecuteDeleteAsync(ct);
    }
}
