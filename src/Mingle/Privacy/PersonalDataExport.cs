using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;

namespace Mingle.Privacy;

/// <summary>
/// Everything Mingle holds about one person, as one JSON-ready document (privacy rule 6). Only data about the
/// person: interactions name the other side by id and name only, never the other side's private notes.
/// </summary>
public sealed class PersonalDataExport(MingleDb db, TimeProvider clock, AuditLog audit)
{
    public async Task<PersonalData> ExportAsync(int personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().AsSplitQuery()
            .Include(p => p.OrgUnit).Include(p => p.Location).Include(p => p.Manager)
            .Include(p => p.Skills).ThenInclude(s => s.Skill)
            .Include(p => p.Interests).ThenInclude(i => i.Interest)
            .Include(p => p.Offers).Include(p => p.Asks)
            .SingleOrDefaultAsync(p => p.Id == personId, ct)
            ?? throw new NotFoundException("person", personId);

        var names = db.People.AsNoTracking();
        var interactions = await db.Interactions.AsNoTracking()
            .Where(i => i.FromPersonId == personId || i.ToPersonId == personId)
            // Someone else's logged interaction with me is their private log (rule 2), not data I may read.
            .Where(i => i.LoggedById == null || i.LoggedById == personId)
            .OrderBy(i => i.OccurredAt)
            .Select(i => new ExportedInteraction(
                i.OccurredAt, i.Type.ToString(), i.Direction.ToString(), i.Count, i.Source.ToString(),
                i.FromPersonId == personId ? "to" : "from",
                i.FromPersonId == personId ? i.ToPersonId : i.FromPersonId,
                names.Where(p => p.Id == (i.FromPersonId == personId ? i.ToPersonId : i.FromPersonId)).Select(p => p.Name).FirstOrDefault(),
                i.LoggedById == personId ? i.Note : null))
            .ToListAsync(ct);
        var network = await db.NetworkEntries.AsNoTracking().Where(e => e.OwnerId == personId)
            .Select(e => new ExportedNetworkEntry(e.PersonId, names.Where(p => p.Id == e.PersonId).Select(p => p.Name).FirstOrDefault(),
                e.Kind.ToString().ToLowerInvariant(), e.HowWeMet, e.WhereWeMet, e.MetOn, e.Tags, e.Notes, e.CadenceDays, e.SnoozedUntil, e.CreatedAt))
            .ToListAsync(ct);
        var requests = await db.ConnectionRequests.AsNoTracking().Where(r => r.FromPersonId == personId || r.ToPersonId == personId)
            // A request I declined stays "pending" for its sender (privacy); my own export may show my answer.
            .Select(r => new ExportedConnectionRequest(r.FromPersonId == personId ? "sent" : "received",
                r.FromPersonId == personId ? r.ToPersonId : r.FromPersonId,
                r.FromPersonId == personId && r.Status == Network.ConnectionRequestStatus.Declined ? "Pending" : r.Status.ToString(),
                r.Message, r.CreatedAt, r.RespondedAt))
            .ToListAsync(ct);
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.PersonId == personId)
            .OrderBy(n => n.CreatedAt).Select(n => new ExportedNotification(n.Kind, n.Payload, n.CreatedAt, n.ReadAt)).ToListAsync(ct);
        var introductions = await db.Introductions.AsNoTracking()
            .Where(i => i.ConnectorId == personId || i.PersonAId == personId || i.PersonBId == personId)
            .OrderBy(i => i.CreatedAt).ToListAsync(ct);
        var exportedIntroductions = introductions.Select(i => ExportedIntroduction.Of(i, personId)).ToList();
        var roles = await db.RoleGrants.AsNoTracking().Where(r => r.PersonId == personId)
            .Select(r => new ExportedRole(r.Role, r.GrantedAt)).ToListAsync(ct);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.PersonId == personId)
            .Select(t => new ExportedToken(t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToListAsync(ct);
        var dismissals = await db.SuggestionDismissals.AsNoTracking().Where(d => d.PersonId == personId).OrderBy(d => d.CreatedAt)
            .Select(d => new ExportedSuggestionDismissal(d.SuggestedPersonId,
                names.Where(p => p.Id == d.SuggestedPersonId).Select(p => p.Name).FirstOrDefault(), d.Until, d.CreatedAt))
            .ToListAsync(ct);
        // My own answers only: who I named is mine; who named me is the other respondents' confidential answer (rule 5).
        var surveyResponses = await db.SurveyResponses.AsNoTracking().AsSplitQuery().Where(r => r.RespondentId == personId)
            .Include(r => r.ScaleAnswers).Include(r => r.Nominations).OrderBy(r => r.SubmittedAt).ToListAsync(ct);
        var surveyIds = surveyResponses.Select(r => r.SurveyId).ToList();
        var surveys = await db.Surveys.AsNoTracking().Include(s => s.Questions).Where(s => surveyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var nomineeIds = surveyResponses.SelectMany(r => r.Nominations).Select(n => n.NomineeId).Distinct().ToList();
        var nominees = await names.Where(p => nomineeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var exportedResponses = surveyResponses.Select(r => new ExportedSurveyResponse(r.SurveyId, surveys[r.SurveyId].Title,
            r.SubmittedAt, r.UpdatedAt, r.Comment,
            [.. surveys[r.SurveyId].Questions.OrderBy(q => q.Position).Select(q => new ExportedSurveyAnswer(q.Text,
                r.ScaleAnswers.FirstOrDefault(a => a.QuestionId == q.Id)?.Value,
                [.. r.Nominations.Where(n => n.QuestionId == q.Id).Select(n => new ExportedNomination(n.NomineeId, nominees.GetValueOrDefault(n.NomineeId), n.Frequency))]))]))
            .ToList();
        var target = $"person:{personId}";
        var auditTrail = await db.AuditEntries.AsNoTracking().Where(a => a.ActorId == personId || a.Target == target)
            .OrderBy(a => a.At).Select(a => new ExportedAuditEntry(a.At, a.Action, a.Target, a.ActorId == personId)).ToListAsync(ct);

        var endorsements = await db.Endorsements.AsNoTracking().Where(e => e.EndorserId == personId || e.PersonId == personId)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
            .Select(e => new ExportedEndorsement(e.EndorserId == personId ? "given" : "received", e.EndorserId == personId ? e.PersonId : null,
                db.Skills.Where(s => s.Id == e.SkillId).Select(s => s.Name).First(), e.CreatedAt))
            .ToListAsync(ct);
        var programmes = await ProgrammesAsync(personId, ct);
        var mentoring = await Mentoring.MentoringPersonalData.ExportAsync(db, personId, ct);
        audit.Add(personId, "privacy.export", target);
        await db.SaveChangesAsync(ct);

        return new PersonalData(
            clock.GetUtcNow().UtcDateTime,
            PersonProfile.From(person, []),
            person.EmployeeId,
            person.Status.ToString().ToLowerInvariant(),
            person.CreatedAt,
            interactions, network, requests, notifications, roles, tokens, auditTrail, dismissals, person.IncludeInNamedInsights)
        {
            Introductions = exportedIntroductions,
            Programmes = programmes,
            SurveyResponses = exportedResponses,
            Mentoring = mentoring,
            Onboarding = await Onboarding.OnboardingPersonalData.ExportAsync(db, personId, ct),
            Sponsorship = await Sponsorship.SponsorshipPersonalData.ExportAsync(db, personId, ct),
            Endorsements = endorsements,
            Kudos = await global::Mingle.Kudos.KudosPersonalData.ExportAsync(db, personId, ct),
        };
    }

    async Task<ExportedProgrammes> ProgrammesAsync(int personId, CancellationToken ct)
    {
        var memberships = await db.ProgrammeMembers.AsNoTracking().Where(m => m.PersonId == personId)
            .Join(db.Programmes, m => m.ProgrammeId, p => p.Id, (m, p) => new { p.Slug, m.Status, m.PausedUntil, m.JoinedAt }).ToListAsync(ct);
        var blocks = await db.MatchBlocks.AsNoTracking().Where(b => b.BlockerId == personId).Select(b => b.BlockedId).ToListAsync(ct);
        var budget = await db.MeetingBudgets.AsNoTracking().Where(b => b.PersonId == personId).Select(b => (int?)b.MaxPerMonth).SingleOrDefaultAsync(ct);
        var matches = await db.MatchParticipants.AsNoTracking().Where(mp => mp.PersonId == personId)
            .Join(db.ProgrammeMatches, mp => mp.MatchId, m => m.Id, (mp, m) => new { mp.MatchId, mp.FollowUp, m.Explanation, m.RoundId })
            .Join(db.ProgrammeRounds, x => x.RoundId, r => r.Id, (x, r) => new { x.MatchId, x.FollowUp, x.Explanation, r.Period, r.ProgrammeId })
            .Join(db.Programmes, x => x.ProgrammeId, p => p.Id, (x, p) => new { x.MatchId, x.FollowUp, x.Explanation, x.Period, p.Slug })
            .ToListAsync(ct);
        var ids = matches.Select(m => m.MatchId).ToList();
        var others = (await db.MatchParticipants.AsNoTracking().Where(mp => ids.Contains(mp.MatchId) && mp.PersonId != personId)
            .Select(mp => new { mp.MatchId, mp.PersonId }).ToListAsync(ct)).ToLookup(x => x.MatchId, x => x.PersonId);
        var owned = await db.Programmes.AsNoTracking().Where(p => p.OwnerId == personId).Select(p => p.Slug).ToListAsync(ct);
        return new ExportedProgrammes(
            [.. memberships.Select(m => new ExportedMembership(m.Slug, m.Status.ToString().ToLowerInvariant(), m.PausedUntil, m.JoinedAt))],
            blocks, budget,
            [.. matches.Select(m => new ExportedMatch(m.Slug, m.Period, [.. others[m.MatchId]], m.Explanation, m.FollowUp?.ToString().ToLowerInvariant()))],
            owned);
    }
}
