using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Network;
using Mingle.People;
using Mingle.Text;

namespace Mingle.Mentoring;

/// <summary>
/// My mentoring relationships: read them, log sessions, end with feedback. Only the mentor and the mentee of a
/// published relationship see or touch it; to anyone else it does not exist ("not found"). A logged session is also a
/// Platform interaction of type Mentoring between the two, so their tie shows in My network and the insights.
/// </summary>
public sealed class MentoringRelationships(MingleDb db, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>My published relationships, in one programme or (slug null) in all.</summary>
    public async Task<IReadOnlyList<MentoringRelationshipView>> MineAsync(int me, string? slug, CancellationToken ct)
    {
        var query = db.MentoringRelationships.AsNoTracking()
            .Where(r => (r.MentorId == me || r.MenteeId == me) && r.Status != MentoringRelationshipStatus.Proposed);
        if (slug is not null)
        {
            var programme = await MentoringProgrammes.FindAsync(db, slug, ct);
            query = query.Where(r => r.ProgrammeId == programme.Id);
        }
        var rows = await query.Include(r => r.Sessions).AsSplitQuery().OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).ToListAsync(ct);
        var programmeIds = rows.Select(r => r.ProgrammeId).Distinct().ToList();
        var programmes = await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var otherIds = rows.Select(r => r.MentorId == me ? r.MenteeId : r.MentorId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => otherIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new PersonRef(p.Id, p.Name, p.Title), ct);
        return [.. rows.Select(r => new MentoringRelationshipView(
            r.Id, programmes[r.ProgrammeId].Slug, programmes[r.ProgrammeId].Name, r.MentorId == me ? "mentor" : "mentee",
            people[r.MentorId == me ? r.MenteeId : r.MentorId], r.Status.ToString().ToLowerInvariant(), r.Goals,
            r.Reasons?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [], r.StartedAt, r.EndedAt, r.EndedById == me,
            [.. r.Sessions.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id)
                .Select(s => new MentoringSessionView(s.Id, s.HeldOn, s.Note, SafeMarkdown.ToHtml(s.Note), s.LoggedById == me, s.CreatedAt))]))];
    }

    async Task<MentoringRelationship> MyRelationshipAsync(int me, string slug, long id, CancellationToken ct)
    {
        var programme = await MentoringProgrammes.FindAsync(db, slug, ct);
        return await db.MentoringRelationships.SingleOrDefaultAsync(r => r.Id == id && r.ProgrammeId == programme.Id
                   && (r.MentorId == me || r.MenteeId == me) && r.Status != MentoringRelationshipStatus.Proposed, ct)
               ?? throw new NotFoundException("mentoring relationship", id);
    }

    public async Task<MentoringSessionView> LogSessionAsync(int me, string slug, long id, LogMentoringSession request, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var relationship = await MyRelationshipAsync(me, slug, id, ct);
        if (relationship.Status != MentoringRelationshipStatus.Active)
            throw new ValidationException("status", "This relationship has ended; sessions can no longer be logged.");
        var today = DateOnly.FromDateTime(Now);
        if (request.HeldOn > today) throw new ValidationException("heldOn", "Log sessions that have happened (today or earlier).");
        if (relationship.StartedAt is { } started && request.HeldOn < DateOnly.FromDateTime(started))
            throw new ValidationException("heldOn", "The session is before the relationship started.");
        var at = request.HeldOn == today ? Now : request.HeldOn.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        var interaction = new Interaction
        {
            FromPersonId = relationship.MentorId,
            ToPersonId = relationship.MenteeId,
            Type = InteractionType.Mentoring,
            Direction = InteractionDirection.Mutual,
            OccurredAt = at,
            Source = InteractionSource.Platform,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync(ct);
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var session = new MentoringSession
        {
            RelationshipId = relationship.Id,
            LoggedById = me,
            HeldOn = request.HeldOn,
            Note = note,
            InteractionId = interaction.Id,
            CreatedAt = Now,
        };
        db.MentoringSessions.Add(session);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new MentoringSessionView(session.Id, session.HeldOn, note, SafeMarkdown.ToHtml(note), true, session.CreatedAt);
    }

    /// <summary>Either party ends the relationship with a rating and feedback (for the owner, anonymous); the other is told it ended.</summary>
    public async Task<MentoringRelationshipView> EndAsync(int me, string slug, long id, EndMentoring request, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var relationship = await MyRelationshipAsync(me, slug, id, ct);
        if (relationship.Status != MentoringRelationshipStatus.Active) throw new ValidationException("status", "This relationship has already ended.");
        relationship.Status = MentoringRelationshipStatus.Ended;
        relationship.EndedAt = Now;
        relationship.EndedById = me;
        db.MentoringFeedback.Add(new MentoringFeedback
        {
            RelationshipId = relationship.Id,
            GivenById = me,
            Rating = request.Rating,
            Text = string.IsNullOrWhiteSpace(request.Feedback) ? null : request.Feedback.Trim(),
            CreatedAt = Now,
        });
        var other = relationship.MentorId == me ? relationship.MenteeId : relationship.MentorId;
        var myName = await db.People.Where(p => p.Id == me).Select(p => p.Name).SingleAsync(ct);
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == relationship.ProgrammeId, ct);
        db.Notifications.Add(new Notification
        {
            PersonId = other,
            AboutPersonId = me,
            Kind = "mentoring.ended",
            Payload = $"{programme.Name}: {myName} has ended your mentoring relationship.",
            DedupeKey = $"{MentoringCohorts.KeyPrefix(relationship.Id)}ended",
            CreatedAt = Now,
        });
        await db.SaveChangesAsync(ct);
        return (await MineAsync(me, slug, ct)).Single(r => r.Id == id);
    }
}
