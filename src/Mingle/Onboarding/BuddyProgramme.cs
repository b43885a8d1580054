using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Auth;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Network;
using Mingle.People;
using Mingle.Programmes;

namespace Mingle.Onboarding;

/// <summary>
/// Onboarding buddy programmes from the database: the owner previews and publishes the assignment of every
/// unassigned new hire (<see cref="BuddyMatcher"/>), which also schedules each hire's journey
/// (<see cref="OnboardingJourney"/>); the new hire sees their own journey and marks steps done. The audience is the
/// programme's (everyone not opted out of an enrol-all programme, or its active members), for hires, buddies and
/// journey introductions alike. Per object: a journey is seen by its new hire and the programme's owner only.
/// </summary>
public sealed class BuddyProgramme(MingleDb db, TimeProvider clock, RoleGrants roles, AuditLog audit)
{
    public const string AssignedKind = "buddy.assigned";

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<BuddyPreview> PreviewAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = await OwnedProgramme.OwnedAsync(db, roles, actor, slug, ProgrammeType.Buddy, ct);
        var (plan, context) = await PlanAsync(programme, ct);
        return context.Preview(programme, plan, Today, published: false);
    }

    /// <summary>Assigns buddies to every unassigned new hire, schedules their journeys and tells both people.
    /// A hire assigned meanwhile by someone else (the unique index) makes the whole publish a conflict: null, nothing saved.</summary>
    public async Task<BuddyPreview?> PublishAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = await OwnedProgramme.OwnedAsync(db, roles, actor, slug, ProgrammeType.Buddy, ct);
        var (plan, context) = await PlanAsync(programme, ct);
        var today = Today;
        var rules = context.Rules;
        var introductions = await db.JourneySteps.AsNoTracking().Where(s => s.Kind != JourneyStepKind.Buddy && s.DoneAt == null)
            .GroupBy(s => s.PersonId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var assignments = new List<BuddyAssignment>();
        foreach (var pair in plan.Pairs)
        {
            var hire = context.ById[pair.NewHireId];
            var start = OnboardingJourney.Start(hire.HireDate ?? today, today);
            var assignment = new BuddyAssignment
            {
                ProgrammeId = programme.Id,
                NewHireId = pair.NewHireId,
                BuddyId = pair.BuddyId,
                Score = pair.Score,
                Reason = pair.Reason,
                AssignedAt = Now,
                EndsOn = start.AddDays(rules.ActiveDays),
            };
            foreach (var step in OnboardingJourney.Plan(hire, pair.BuddyId, today, context.JourneyCandidates(hire), rules, introductions))
                assignment.Steps.Add(new JourneyStep { NewHireId = hire.PersonId, Week = step.Week, Kind = step.Kind, PersonId = step.PersonId, DueOn = step.DueOn });
            assignments.Add(assignment);
        }
        db.BuddyAssignments.AddRange(assignments);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return null;
        }
        foreach (var a in assignments)
        {
            var hireName = context.Names[a.NewHireId].Name;
            var buddyName = context.Names[a.BuddyId].Name;
            db.Notifications.Add(new Notification
            {
                PersonId = a.NewHireId,
                Kind = AssignedKind,
                Payload = $"{programme.Name}: welcome! {buddyName} is your onboarding buddy. {a.Reason}",
                AboutPersonId = a.BuddyId,
                DedupeKey = $"{AssignedKind}:{a.Id}:{a.NewHireId}",
                CreatedAt = Now,
            });
            db.Notifications.Add(new Notification
            {
                PersonId = a.BuddyId,
                Kind = AssignedKind,
                Payload = $"{programme.Name}: you are {hireName}'s onboarding buddy. Please meet them this week.",
                AboutPersonId = a.NewHireId,
                DedupeKey = $"{AssignedKind}:{a.Id}:{a.BuddyId}",
                CreatedAt = Now,
            });
        }
        audit.Add(actor, "programme.buddy.assign", $"programme:{programme.Slug}", $"{assignments.Count} new hires assigned");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return context.Preview(programme, plan, today, published: true);
    }

    public async Task<JourneyOverview> JourneysAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = await OwnedProgramme.OwnedAsync(db, roles, actor, slug, ProgrammeType.Buddy, ct);
        var assignments = await db.BuddyAssignments.AsNoTracking().Include(a => a.Steps).Where(a => a.ProgrammeId == programme.Id)
            .OrderByDescending(a => a.AssignedAt).ThenBy(a => a.Id).Take(500).ToListAsync(ct);
        var people = await RefsAsync(assignments.SelectMany(a => new[] { a.NewHireId, a.BuddyId }), ct);
        return new JourneyOverview(programme.Slug, [.. assignments.Select(a => new JourneySummary(a.Id, people[a.NewHireId].Ref,
            people[a.NewHireId].HireDate, people[a.BuddyId].Ref, a.Steps.Count(s => s.DoneAt != null), a.Steps.Count,
            a.Steps.Where(s => s.DoneAt == null).Select(s => (DateOnly?)s.DueOn).Min()))]);
    }

    /// <summary>One journey: for its new hire and the programme's owner; anyone else gets "not found".</summary>
    public async Task<JourneyView> JourneyAsync(int me, string slug, long id, CancellationToken ct)
    {
        var programme = await OwnedProgramme.FindAsync(db, slug, ProgrammeType.Buddy, ct);
        var assignment = await db.BuddyAssignments.AsNoTracking().Include(a => a.Steps)
            .SingleOrDefaultAsync(a => a.Id == id && a.ProgrammeId == programme.Id, ct) ?? throw new NotFoundException("journey", id);
        if (assignment.NewHireId != me && !await OwnedProgramme.IsOwnerAsync(programme, me, roles, ct)) throw new NotFoundException("journey", id);
        return (await ViewsAsync([assignment], [programme], ct)).Single();
    }

    public async Task<MyOnboarding> MineAsync(int me, CancellationToken ct)
    {
        var mine = await db.BuddyAssignments.AsNoTracking().Include(a => a.Steps).Where(a => a.NewHireId == me)
            .OrderByDescending(a => a.AssignedAt).ToListAsync(ct);
        var buddying = await db.BuddyAssignments.AsNoTracking().Where(a => a.BuddyId == me && a.EndsOn >= Today)
            .OrderByDescending(a => a.AssignedAt).ToListAsync(ct);
        var programmeIds = mine.Concat(buddying).Select(a => a.ProgrammeId).Distinct().ToList();
        var programmes = await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToListAsync(ct);
        var slugs = programmes.ToDictionary(p => p.Id, p => p.Slug);
        var hires = await RefsAsync(buddying.Select(a => a.NewHireId), ct);
        return new MyOnboarding(await ViewsAsync(mine, programmes, ct),
            [.. buddying.Select(a => new BuddyOfView(a.Id, slugs[a.ProgrammeId], hires[a.NewHireId].Ref, hires[a.NewHireId].HireDate, a.EndsOn))]);
    }

    /// <summary>"We met": only the new hire marks their own steps; the first time logs the meeting as a platform
    /// interaction (a coffee with the buddy, an introduction otherwise), which strengthens the tie.</summary>
    public async Task<JourneyView> MarkDoneAsync(int me, string slug, long stepId, CancellationToken ct)
    {
        var programme = await OwnedProgramme.FindAsync(db, slug, ProgrammeType.Buddy, ct);
        var step = await db.JourneySteps.SingleOrDefaultAsync(s => s.Id == stepId && s.NewHireId == me, ct)
            ?? throw new NotFoundException("journey step", stepId);
        var assignment = await db.BuddyAssignments.AsNoTracking().SingleAsync(a => a.Id == step.AssignmentId, ct);
        if (assignment.ProgrammeId != programme.Id) throw new NotFoundException("journey step", stepId);
        if (step.DoneAt is null)
        {
            step.DoneAt = Now;
            db.Interactions.Add(new Interaction
            {
                FromPersonId = me,
                ToPersonId = step.PersonId,
                Type = step.Kind == JourneyStepKind.Buddy ? InteractionType.Coffee : InteractionType.Introduction,
                Direction = InteractionDirection.Mutual,
                OccurredAt = Now,
                Source = InteractionSource.Platform,
            });
            await db.SaveChangesAsync(ct);
        }
        return await JourneyAsync(me, slug, step.AssignmentId, ct);
    }

    public async Task<BuddySettingsView> SettingsAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = await OwnedProgramme.OwnedAsync(db, roles, actor, slug, ProgrammeType.Buddy, ct);
        var s = await db.BuddySettings.AsNoTracking().SingleOrDefaultAsync(x => x.ProgrammeId == programme.Id, ct) ?? new BuddySettings();
        return new BuddySettingsView(programme.Slug, s.MaxBuddies, s.SeniorLevel);
    }

    public async Task<BuddySettingsView> UpdateSettingsAsync(int? actor, string slug, UpdateBuddySettings request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var programme = await OwnedProgramme.OwnedAsync(db, roles, actor, slug, ProgrammeType.Buddy, ct);
        var s = await db.BuddySettings.SingleOrDefaultAsync(x => x.ProgrammeId == programme.Id, ct);
        if (s is null) db.BuddySettings.Add(s = new BuddySettings { ProgrammeId = programme.Id });
        s.MaxBuddies = request.MaxBuddies;
        s.SeniorLevel = request.SeniorLevel;
        audit.Add(actor, "programme.buddy.settings", $"programme:{programme.Slug}", $"max {s.MaxBuddies}, senior level {s.SeniorLevel}");
        await db.SaveChangesAsync(ct);
        return new BuddySettingsView(programme.Slug, s.MaxBuddies, s.SeniorLevel);
    }

    async Task<List<JourneyView>> ViewsAsync(List<BuddyAssignment> assignments, List<Programme> programmes, CancellationToken ct)
    {
        var byId = programmes.ToDictionary(p => p.Id);
        var people = await RefsAsync(assignments.SelectMany(a => a.Steps.Select(s => s.PersonId).Append(a.NewHireId).Append(a.BuddyId)), ct);
        var today = Today;
        return [.. assignments.Select(a => new JourneyView(a.Id, byId[a.ProgrammeId].Slug, byId[a.ProgrammeId].Name, people[a.NewHireId].Ref,
            people[a.NewHireId].HireDate, people[a.BuddyId].Ref, a.Reason,
            [.. a.Steps.OrderBy(s => s.Week).Select(s => new JourneyStepView(s.Id, s.Week, Kind(s.Kind), people[s.PersonId].Ref, s.DueOn,
                s.DoneAt is null && s.DueOn <= today, s.DoneAt))]))];
    }

    public static string Kind(JourneyStepKind kind) => kind switch
    {
        JourneyStepKind.Buddy => "buddy",
        JourneyStepKind.NeighbourTeam => "neighbour-team",
        _ => "senior-leader",
    };

    async Task<Dictionary<int, (PersonRef Ref, DateOnly? HireDate)>> RefsAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => list.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Title, p.HireDate })
            .ToDictionaryAsync(p => p.Id, p => (new PersonRef(p.Id, p.Name, p.Title), p.HireDate), ct);
    }

    async Task<(BuddyPlan Plan, BuddyContext Context)> PlanAsync(Programme programme, CancellationToken ct)
    {
        var context = await BuddyContext.LoadAsync(db, programme, Now, ct);
        var assigned = await db.BuddyAssignments.AsNoTracking().Where(a => a.ProgrammeId == programme.Id).Select(a => a.NewHireId).ToListAsync(ct);
        var done = assigned.ToHashSet();
        var hires = context.People.Where(p => context.Rules.IsNewHire(p.HireDate, Today) && !done.Contains(p.PersonId)).ToList();
        var plan = BuddyMatcher.Plan(hires, context.People, context.Rules, Today, context.DisplayNames, ct);
        return (plan, context);
    }
}
