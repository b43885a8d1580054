using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Auth;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Network;
using Mingle.People;
using Mingle.Programmes;

namespace Mingle.Mentoring;

/// <summary>
/// The owner's side of a mentoring cohort: the optimal proposal (<see cref="MentoringPlanner"/>), a draft the owner
/// adjusts (stored as Proposed relationships, never shown to applicants), publishing (Active relationships and a
/// notification to both people) and the anonymous feedback summary. Owner or Admin only, checked per programme.
/// </summary>
public sealed class MentoringCohorts(MingleDb db, TimeProvider clock, RoleGrants roles, AuditLog audit)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CohortProposal> ProposalAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = await MentoringProgrammes.OwnedAsync(db, roles, actor, slug, ct);
        var (request, names) = await RequestAsync(db, programme, ct);
        var draft = await DraftAsync(programme, ct);
        if (draft.Count == 0)
        {
            var plan = MentoringPlanner.Plan(request, ct);
            return View(programme, request, names, false, [.. plan.Pairs.Select(p => (p.MentorId, p.MenteeId))]);
        }
        return View(programme, request, names, true, [.. draft.Select(d => (d.MentorId, d.MenteeId))]);
    }

    public async Task<CohortProposal> AdjustAsync(int? actor, string slug, AdjustCohort change, CancellationToken ct)
    {
        var programme = await MentoringProgrammes.OwnedAsync(db, roles, actor, slug, ct);
        var (request, _) = await RequestAsync(db, programme, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var action = change.Action?.Trim().ToLowerInvariant();
        if (action == "reset")
        {
            await db.MentoringRelationships.Where(r => r.ProgrammeId == programme.Id && r.Status == MentoringRelationshipStatus.Proposed).ExecuteDeleteAsync(ct);
        }
        else
        {
            var draft = await MaterialiseAsync(programme, request, ct);
            var mentors = request.Mentors.ToDictionary(m => m.PersonId);
            var mentees = request.Mentees.ToDictionary(m => m.PersonId);
            MentoringCandidate Mentor(int? id) => id is { } x && mentors.TryGetValue(x, out var c) ? c
                : throw new ValidationException("mentorId", "Choose a mentor who applied to this cohort.");
            MentoringCandidate Mentee(int? id, string field = "menteeId") => id is { } x && mentees.TryGetValue(x, out var c) ? c
                : throw new ValidationException(field, "Choose a mentee who applied to this cohort and is not matched yet.");
            void Allowed(MentoringCandidate mentor, MentoringCandidate mentee)
            {
                if (MentoringPlanner.WhyNot(request.Rules, mentor, mentee) is { } why)
                    throw new ValidationException("pair", $"{mentor.Name} cannot mentor {mentee.Name}: {why}.");
            }
            switch (action)
            {
                case "add":
                    {
                        var mentor = Mentor(change.MentorId);
                        var mentee = Mentee(change.MenteeId);
                        if (draft.Any(d => d.MenteeId == mentee.PersonId))
                            throw new ValidationException("menteeId", $"{mentee.Name} already has a mentor in the draft; remove or swap instead.");
                        if (draft.Count(d => d.MentorId == mentor.PersonId) >= mentor.Capacity)
                            throw new ValidationException("mentorId", $"{mentor.Name} is at capacity ({mentor.Capacity}).");
                        Allowed(mentor, mentee);
                        db.MentoringRelationships.Add(Proposed(programme, mentor.PersonId, mentee.PersonId));
                        break;
                    }
                case "remove":
                    {
                        var mentee = Mentee(change.MenteeId);
                        var pair = draft.SingleOrDefault(d => d.MenteeId == mentee.PersonId)
                            ?? throw new ValidationException("menteeId", $"{mentee.Name} has no mentor in the draft.");
                        db.MentoringRelationships.Remove(pair);
                        break;
                    }
                case "swap":
                    {
                        var a = Mentee(change.MenteeId);
                        var b = Mentee(change.OtherMenteeId, "otherMenteeId");
                        var pa = draft.SingleOrDefault(d => d.MenteeId == a.PersonId) ?? throw new ValidationException("menteeId", $"{a.Name} has no mentor in the draft.");
                        var pb = draft.SingleOrDefault(d => d.MenteeId == b.PersonId) ?? throw new ValidationException("otherMenteeId", $"{b.Name} has no mentor in the draft.");
                        if (pa.MentorId == pb.MentorId) throw new ValidationException("otherMenteeId", "Both have the same mentor; nothing to swap.");
                        Allowed(Mentor(pb.MentorId), a);
                        Allowed(Mentor(pa.MentorId), b);
                        (pa.MentorId, pb.MentorId) = (pb.MentorId, pa.MentorId);
                        break;
                    }
                default:
                    throw new ValidationException("action", "One of add, remove, swap, reset.");
            }
        }
        audit.Add(actor, "mentoring.cohort.adjust", $"programme:{programme.Slug}", action);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return await ProposalAsync(actor, slug, ct);
    }

    /// <summary>Publishes the draft (or, with no draft, the optimal proposal): Active relationships, matched
    /// mentees, an in-app notification to both people. Every pair is checked again against rules and capacity.</summary>
    public async Task<CohortPublished> PublishAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = await MentoringProgrammes.OwnedAsync(db, roles, actor, slug, ct);
        var (request, names) = await RequestAsync(db, programme, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var draft = await MaterialiseAsync(programme, request, ct);
        if (draft.Count == 0) throw new ValidationException("cohort", "There are no pairs to publish.");
        var mentors = request.Mentors.ToDictionary(m => m.PersonId);
        var mentees = request.Mentees.ToDictionary(m => m.PersonId);
        foreach (var group in draft.GroupBy(d => d.MentorId))
            if (!mentors.TryGetValue(group.Key, out var mentor) || group.Count() > mentor.Capacity)
                throw new ValidationException("cohort", $"{names.GetValueOrDefault(group.Key)?.Name ?? "A mentor"} is over capacity; adjust the draft.");
        var applications = await db.MentoringApplications
            .Where(a => a.ProgrammeId == programme.Id && a.Role == MentoringRole.Mentee && a.Status == MentoringApplicationStatus.Submitted)
            .ToDictionaryAsync(a => a.PersonId, ct);
        foreach (var pair in draft)
        {
            if (!mentees.TryGetValue(pair.MenteeId, out var mentee) || !applications.TryGetValue(pair.MenteeId, out var application))
                throw new ValidationException("cohort", "A mentee in the draft is no longer applying; reset the draft.");
            var mentor = mentors[pair.MentorId];
            if (MentoringPlanner.WhyNot(request.Rules, mentor, mentee) is { } why)
                throw new ValidationException("cohort", $"{mentor.Name} cannot mentor {mentee.Name}: {why}.");
            var (score, reasons) = MentoringPlanner.Score(request, mentor, mentee);
            pair.Status = MentoringRelationshipStatus.Active;
            pair.Score = score;
            pair.Reasons = Truncate(string.Join('\n', reasons), 2000);
            pair.Goals = application.Goals;
            pair.StartedAt = Now;
            application.Status = MentoringApplicationStatus.Matched;
        }
        await db.SaveChangesAsync(ct);
        foreach (var pair in draft)
        {
            var mentor = names[pair.MentorId];
            var mentee = names[pair.MenteeId];
            Notify(pair, pair.MentorId, pair.MenteeId, $"{programme.Name}: you are now mentoring {mentee.Name}.");
            Notify(pair, pair.MenteeId, pair.MentorId, $"{programme.Name}: {mentor.Name} is now your mentor.");
        }
        audit.Add(actor, "mentoring.cohort.publish", $"programme:{programme.Slug}", $"{draft.Count} relationships");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new CohortPublished(programme.Slug, draft.Count);
    }

    void Notify(MentoringRelationship pair, int to, int about, string text) => db.Notifications.Add(new Notification
    {
        PersonId = to,
        AboutPersonId = about,
        Kind = "mentoring.match",
        Payload = Truncate(text, 2000),
        DedupeKey = $"{KeyPrefix(pair.Id)}match:{to}",
        CreatedAt = Now,
    });

    /// <summary>Every mentoring notification about a relationship starts with this key (erasure deletes them).</summary>
    public static string KeyPrefix(long relationshipId) => $"mentoring:{relationshipId}:";

    /// <summary>Ratings and comments from ended relationships, only once at least k people gave feedback, never named.</summary>
    public async Task<MentoringFeedbackSummary> FeedbackAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = await MentoringProgrammes.OwnedAsync(db, roles, actor, slug, ct);
        var k = ProgrammeDirectory.MinimumGroupSize;
        var rows = await db.MentoringFeedback.AsNoTracking()
            .Join(db.MentoringRelationships, f => f.RelationshipId, r => r.Id, (f, r) => new { f.GivenById, f.Rating, f.Text, r.ProgrammeId })
            .Where(x => x.ProgrammeId == programme.Id).ToListAsync(ct);
        if (rows.Select(r => r.GivenById).Distinct().Count() < k) return new MentoringFeedbackSummary(k, null, null, null, null);
        return new MentoringFeedbackSummary(k, rows.Count, Math.Round(rows.Average(r => r.Rating), 2),
            [.. Enumerable.Range(1, 5).Select(star => rows.Count(r => r.Rating == star))],
            // Sorted, not in time order, so a comment cannot be tied to the relationship that just ended.
            [.. rows.Where(r => !string.IsNullOrWhiteSpace(r.Text)).Select(r => r.Text!.Trim()).Order(StringComparer.Ordinal)]);
    }

    async Task<List<MentoringRelationship>> DraftAsync(Programme programme, CancellationToken ct) =>
        await db.MentoringRelationships.Where(r => r.ProgrammeId == programme.Id && r.Status == MentoringRelationshipStatus.Proposed)
            .OrderBy(r => r.Id).ToListAsync(ct);

    /// <summary>The stored draft, or the optimal proposal stored as the draft when there is none yet.</summary>
    async Task<List<MentoringRelationship>> MaterialiseAsync(Programme programme, MentoringRequest request, CancellationToken ct)
    {
        var draft = await DraftAsync(programme, ct);
        if (draft.Count > 0) return draft;
        var plan = MentoringPlanner.Plan(request, ct);
        draft = [.. plan.Pairs.Select(p => Proposed(programme, p.MentorId, p.MenteeId))];
        db.MentoringRelationships.AddRange(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    MentoringRelationship Proposed(Programme programme, int mentor, int mentee) => new()
    {
        ProgrammeId = programme.Id,
        MentorId = mentor,
        MenteeId = mentee,
        Status = MentoringRelationshipStatus.Proposed,
        CreatedAt = Now,
    };

    static CohortProposal View(Programme programme, MentoringRequest request, Dictionary<int, PersonRef> names, bool draft,
        List<(int MentorId, int MenteeId)> pairs)
    {
        var mentors = request.Mentors.ToDictionary(m => m.PersonId);
        var mentees = request.Mentees.ToDictionary(m => m.PersonId);
        var shown = pairs.Where(p => mentors.ContainsKey(p.MentorId) && mentees.ContainsKey(p.MenteeId)).ToList();
        var views = shown.Select(p =>
        {
            var (score, reasons) = MentoringPlanner.Score(request, mentors[p.MentorId], mentees[p.MenteeId]);
            return new ProposedPairView(names[p.MentorId], names[p.MenteeId], score, reasons);
        }).OrderBy(v => v.Mentor.Name, StringComparer.Ordinal).ThenBy(v => v.Mentee.Name, StringComparer.Ordinal).ToList();
        var assigned = shown.Select(p => p.MenteeId).ToHashSet();
        var load = shown.GroupBy(p => p.MentorId).ToDictionary(g => g.Key, g => g.Count());
        var unassigned = request.Mentees.Where(m => !assigned.Contains(m.PersonId)).Select(m => new UnassignedView(names[m.PersonId],
            MentoringPlanner.WhyUnassigned(request, m, fits =>
            {
                var room = request.Mentors.Where(x => MentoringPlanner.WhyNot(request.Rules, x, m) is null && load.GetValueOrDefault(x.PersonId) < x.Capacity).ToList();
                return room.Count == 0
                    ? $"Every mentor who fits ({fits}) is already at capacity."
                    : $"Not in the draft; mentors who fit and have room: {string.Join(", ", room.Select(x => x.Name))}.";
            }))).OrderBy(u => u.Mentee.Name, StringComparer.Ordinal).ToList();
        return new CohortProposal(programme.Slug, draft, request.Mentors.Count, request.Mentees.Count, views.Sum(v => v.Score), views, unassigned,
            [.. request.Mentors.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new MentorSlot(names[m.PersonId], m.Capacity, load.GetValueOrDefault(m.PersonId)))]);
    }

    static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    /// <summary>
    /// The cohort as the planner sees it: submitted mentors (capacity less their active mentees) and submitted
    /// mentees who are active employees, with their level, unit, reporting line, application skills (levels from
    /// their profiles), goal and bio words, preferences and blocks. Returns names for the views.
    /// </summary>
    internal static async Task<(MentoringRequest Request, Dictionary<int, PersonRef> Names)> RequestAsync(MingleDb db, Programme programme, CancellationToken ct)
    {
        var applications = await db.MentoringApplications.AsNoTracking().AsSplitQuery().Include(a => a.Skills).Include(a => a.Preferences)
            .Where(a => a.ProgrammeId == programme.Id && a.Status == MentoringApplicationStatus.Submitted)
            .Join(db.People.Where(p => p.Status == PersonStatus.Active), a => a.PersonId, p => p.Id, (a, p) => a)
            .OrderBy(a => a.Id).ToListAsync(ct);
        var ids = applications.Select(a => a.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Title, p.Level, p.OrgUnitId, p.LocationId, p.Bio }).ToDictionaryAsync(p => p.Id, ct);
        // Applicants who have since left the audience (moved unit, location or level) are not planned.
        var audience = await Audience.LoadAsync(db, programme, ct);
        applications = [.. applications.Where(a => audience.Includes(people[a.PersonId].OrgUnitId, people[a.PersonId].LocationId, people[a.PersonId].Level))];
        var unitIds = people.Values.Where(p => p.OrgUnitId != null).Select(p => p.OrgUnitId!.Value).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var managerOf = await db.People.AsNoTracking().Where(p => p.ManagerId != null).Select(p => new { p.Id, p.ManagerId })
            .ToDictionaryAsync(p => p.Id, p => p.ManagerId, ct);
        int[] Chain(int id)
        {
            var chain = new List<int>();
            for (var m = managerOf.GetValueOrDefault(id); m is { } x && chain.Count < 50 && !chain.Contains(x); m = managerOf.GetValueOrDefault(x)) chain.Add(x);
            return [.. chain];
        }
        var levels = (await db.PersonSkills.AsNoTracking().Where(s => ids.Contains(s.PersonId)).Select(s => new { s.PersonId, s.SkillId, s.Level })
            .ToListAsync(ct)).ToDictionary(s => (s.PersonId, s.SkillId), s => s.Level);
        var skillIds = applications.SelectMany(a => a.Skills).Select(s => s.SkillId).Distinct().ToList();
        var skillNames = await db.Skills.AsNoTracking().Where(s => skillIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var blocks = (await db.MatchBlocks.AsNoTracking().Where(b => ids.Contains(b.BlockerId)).Select(b => new { b.BlockerId, b.BlockedId }).ToListAsync(ct))
            .ToLookup(b => b.BlockerId, b => b.BlockedId);
        var active = await db.MentoringRelationships.AsNoTracking()
            .Where(r => r.ProgrammeId == programme.Id && r.Status == MentoringRelationshipStatus.Active)
            .GroupBy(r => r.MentorId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var mentors = new List<MentoringCandidate>();
        var mentees = new List<MentoringCandidate>();
        foreach (var a in applications)
        {
            var p = people[a.PersonId];
            var skills = a.Skills.ToDictionary(s => s.SkillId, s => levels.GetValueOrDefault((a.PersonId, s.SkillId)));
            var words = a.Role == MentoringRole.Mentor
                ? MentoringPlanner.Words([a.Goals, p.Bio, .. a.Skills.Select(s => skillNames.GetValueOrDefault(s.SkillId))])
                : MentoringPlanner.Words(a.Goals);
            var candidate = new MentoringCandidate(p.Id, p.Name, a.Role, p.OrgUnitId, p.OrgUnitId is { } u ? units.GetValueOrDefault(u) : null, p.Level,
                Chain(p.Id), skills, words, [.. a.Preferences.OrderBy(x => x.Rank).Select(x => x.PersonId)], [.. blocks[p.Id]],
                a.Role == MentoringRole.Mentor ? Math.Max(0, a.Capacity - active.GetValueOrDefault(p.Id)) : 1);
            (a.Role == MentoringRole.Mentor ? mentors : mentees).Add(candidate);
        }
        var names = people.Values.ToDictionary(p => p.Id, p => new PersonRef(p.Id, p.Name, p.Title));
        return (new MentoringRequest(mentors, mentees, new MentoringRules(), skillNames), names);
    }
}
