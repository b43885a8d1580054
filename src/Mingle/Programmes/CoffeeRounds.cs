using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Auth;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Matching;
using Mingle.Network;
using Mingle.People;
using GraphBuilder = Mingle.Graph.GraphBuilder;

namespace Mingle.Programmes;

/// <summary>
/// Plans (dry run) and publishes a programme's coffee rounds from the database: active members, their structure,
/// blocks, recent matches, load budgets and the unit tie density of the last 90 days (organisational interactions
/// only — never anyone's private log, privacy rule 8). Publishing runs exactly once per cadence period: the round row
/// is unique per (programme, period) and is inserted first, inside the transaction that writes the matches.
/// </summary>
public sealed class CoffeeRounds(MingleDb db, TimeProvider clock, RoleGrants roles, AuditLog audit)
{
    public const int TieWindowDays = 90;

    /// <summary>Notification kind of a published match (in-app, and by email with the .ics attached).</summary>
    public const string MatchKind = "programme.match";

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Only the programme's owner (or an Admin; null actor = the operator's CLI or the scheduler).</summary>
    async Task<Programme> OwnedAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Slug == slug, ct) ?? throw new NotFoundException("programme", slug);
        if (actor is { } me && programme.OwnerId != me && !(await roles.RolesOfAsync(me, ct)).Contains(Role.Admin))
            throw new ForbiddenException("Only the programme's owner runs its rounds.");
        return programme;
    }

    /// <summary>Coffee rounds pair coffee programmes only; mentoring cohorts, buddies and sponsors are assigned by
    /// their own programme pages.</summary>
    static Programme RoundsAreFor(Programme programme) => programme.Type == ProgrammeType.Coffee ? programme
        : throw new ValidationException("programme", $"Rounds are for coffee programmes; this is a {programme.Type.ToString().ToLowerInvariant()} programme.");

    public async Task<RoundPreview> PreviewAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = RoundsAreFor(await OwnedAsync(actor, slug, ct));
        var period = programme.PeriodStart(DateOnly.FromDateTime(Now));
        var (request, people) = await RequestAsync(programme, period, ct);
        var plan = CoffeeRoundPlanner.Plan(request, ct);
        return Preview(programme, period, request, plan, people, null);
    }

    /// <summary>Publishes this period's round, or returns null when it has already been published (by anyone).</summary>
    public async Task<RoundPreview?> PublishAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = RoundsAreFor(await OwnedAsync(actor, slug, ct));
        var period = programme.PeriodStart(DateOnly.FromDateTime(Now));
        if (await db.ProgrammeRounds.AnyAsync(r => r.ProgrammeId == programme.Id && r.Period == period, ct)) return null;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var number = await db.ProgrammeRounds.CountAsync(r => r.ProgrammeId == programme.Id, ct) + 1;
        var round = new ProgrammeRound { ProgrammeId = programme.Id, Period = period, Number = number, PublishedAt = Now, PublishedById = actor };
        db.ProgrammeRounds.Add(round);
        try
        {
            // The claim: a second publisher blocks here on the unique index and then fails, so it never plans.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return null;
        }
        var (request, people) = await RequestAsync(programme, period, ct);
        var plan = CoffeeRoundPlanner.Plan(request, ct);
        var byId = people.ToDictionary(p => p.Id);
        var matches = new List<ProgrammeMatch>();
        foreach (var group in plan.Groups)
        {
            var match = new ProgrammeMatch
            {
                RoundId = round.Id,
                Explanation = group.Explanation,
                Weight = group.Weight,
                SuggestedStart = SuggestedStart(period, group, request),
                Participants = [.. group.Members.Select(id => new MatchParticipant { PersonId = id })],
            };
            matches.Add(match);
        }
        db.ProgrammeMatches.AddRange(matches);
        await db.SaveChangesAsync(ct);
        foreach (var match in matches)
        {
            foreach (var p in match.Participants)
            {
                var others = match.Participants.Where(o => o.PersonId != p.PersonId).Select(o => byId[o.PersonId].Name);
                db.Notifications.Add(new Notification
                {
                    PersonId = p.PersonId,
                    Kind = MatchKind,
                    Payload = Truncate($"{programme.Name}: you are matched with {string.Join(" and ", others)}. {match.Explanation}", 2000),
                    DedupeKey = $"programme-match:{match.Id}:{p.PersonId}",
                    CreatedAt = Now,
                });
            }
        }
        audit.Add(actor, "programme.round.publish", $"programme:{programme.Slug}", $"round {number}, {matches.Count} matches");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Preview(programme, period, request, plan, people, number);
    }

    /// <summary>Participation, meeting rate (matches where someone answered "yes") and the share of matches across
    /// org units, for the owner; suppressed below <see cref="ProgrammeDirectory.MinimumGroupSize"/> people.</summary>
    public async Task<ProgrammeMetrics> MetricsAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = await OwnedAsync(actor, slug, ct);
        var k = ProgrammeDirectory.MinimumGroupSize;
        var audience = await Audience.LoadAsync(db, programme, ct);
        var leftIds = (await db.ProgrammeMembers.Where(m => m.ProgrammeId == programme.Id && m.Status == MembershipStatus.Left)
            .Select(m => m.PersonId).ToListAsync(ct)).ToHashSet();
        var memberIds = (await db.ProgrammeMembers.Where(m => m.ProgrammeId == programme.Id && m.Status != MembershipStatus.Left)
            .Select(m => m.PersonId).ToListAsync(ct)).ToHashSet();
        var participants = (await db.People.AsNoTracking().Where(p => p.Status == PersonStatus.Active)
                .Select(p => new { p.Id, p.OrgUnitId, p.LocationId, p.Level }).ToListAsync(ct))
            .Count(p => (programme.EnrolAll ? !leftIds.Contains(p.Id) : memberIds.Contains(p.Id)) && audience.Includes(p.OrgUnitId, p.LocationId, p.Level));
        var rounds = await db.ProgrammeRounds.CountAsync(r => r.ProgrammeId == programme.Id, ct);
        var rows = await db.MatchParticipants.AsNoTracking()
            .Join(db.ProgrammeMatches, mp => mp.MatchId, m => m.Id, (mp, m) => new { mp.MatchId, mp.PersonId, mp.FollowUp, m.RoundId })
            .Join(db.ProgrammeRounds, x => x.RoundId, r => r.Id, (x, r) => new { x.MatchId, x.PersonId, x.FollowUp, r.ProgrammeId })
            .Where(x => x.ProgrammeId == programme.Id)
            .Join(db.People, x => x.PersonId, p => p.Id, (x, p) => new { x.MatchId, x.PersonId, x.FollowUp, p.OrgUnitId })
            .ToListAsync(ct);
        var people = rows.Select(r => r.PersonId).Distinct().Count();
        var matches = rows.GroupBy(r => r.MatchId).ToList();
        var enough = people >= k && matches.Count > 0;
        return new ProgrammeMetrics(
            participants >= k ? participants : null,
            rounds,
            enough ? matches.Count : null,
            enough ? Math.Round((double)matches.Count(m => m.Any(x => x.FollowUp == FollowUpAnswer.Yes)) / matches.Count, 3) : null,
            enough ? Math.Round((double)matches.Count(m => m.Select(x => x.OrgUnitId).Distinct().Count() > 1) / matches.Count, 3) : null);
    }

    static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    static RoundPreview Preview(Programme programme, DateOnly period, CoffeeRoundRequest request, CoffeeRoundPlan plan, List<Person> people, int? number)
    {
        var byId = people.ToDictionary(p => p.Id);
        return new RoundPreview(programme.Slug, period, request.People.Count,
            [.. plan.Groups.Select(g => new PlannedMatch([.. g.Members.Select(id => new PersonRef(id, byId[id].Name, byId[id].Title))],
                Math.Round(g.Weight, 3), g.Explanation, SuggestedStart(period, g, request)))],
            plan.Unmatched.Count, plan.SkippedForLoad.Count, plan.Exact, number);
    }

    /// <summary>The Wednesday of the period's first week (or the period's first day when later), at the start of the
    /// group's shared working hours plus half the slack, rounded to the half hour. For a trio that is the window of
    /// its pair with the least overlap: working days are all the same length, so the two people whose days start
    /// furthest apart share a window that lies inside the third person's day too.</summary>
    internal static DateTime SuggestedStart(DateOnly period, CoffeeGroup group, CoffeeRoundRequest request)
    {
        var offsets = request.People.Where(p => group.Members.Contains(p.PersonId)).ToDictionary(p => p.PersonId, p => p.UtcOffsetMinutes);
        var (start, minutes) = group.Pairs().Select(pair => WorkingHours.Overlap(offsets[pair.A], offsets[pair.B])).MinBy(w => w.Minutes);
        var slack = Math.Max(0, minutes - 30) / 2 / 30 * 30;
        var day = period.AddDays((3 - (int)period.DayOfWeek + 7) % 7);
        return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddMinutes(start + slack);
    }

    /// <summary>Loads everything the planner needs. Returns the people too (names for previews and notifications).</summary>
    internal async Task<(CoffeeRoundRequest Request, List<Person> People)> RequestAsync(Programme programme, DateOnly period, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Now);
        var memberships = await db.ProgrammeMembers.AsNoTracking().Where(m => m.ProgrammeId == programme.Id).ToListAsync(ct);
        var active = await db.People.AsNoTracking().Where(p => p.Status == PersonStatus.Active).Include(p => p.Location).ToListAsync(ct);
        var left = memberships.Where(m => !m.IsActiveOn(today)).Select(m => m.PersonId).ToHashSet();
        var joined = memberships.Where(m => m.IsActiveOn(today)).Select(m => m.PersonId).ToHashSet();
        // Members who are no longer in the audience (moved unit, location or level) drop out of the next round.
        var audience = await Audience.LoadAsync(db, programme, ct);
        var people = active.Where(p => (programme.EnrolAll ? !left.Contains(p.Id) : joined.Contains(p.Id)) && audience.Includes(p)).ToList();
        var ids = people.Select(p => p.Id).ToHashSet();

        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Depth, u.Path }).ToDictionaryAsync(u => u.Id, ct);
        int Department(int? unit)
        {
            if (unit is not { } u || !units.TryGetValue(u, out var node)) return -1;
            while (node.Depth > 1 && node.ParentId is { } parent && units.TryGetValue(parent, out var up))
            {
                u = parent;
                node = up;
            }
            return u;
        }
        var managerOf = await db.People.AsNoTracking().Select(p => new { p.Id, p.ManagerId }).ToDictionaryAsync(p => p.Id, p => p.ManagerId, ct);
        int[] Chain(int id)
        {
            var chain = new List<int>();
            for (var m = managerOf.GetValueOrDefault(id); m is { } x && chain.Count < 50 && !chain.Contains(x); m = managerOf.GetValueOrDefault(x)) chain.Add(x);
            return [.. chain];
        }
        var interests = (await db.PersonInterests.AsNoTracking().Where(i => ids.Contains(i.PersonId)).Select(i => new { i.PersonId, i.InterestId }).ToListAsync(ct))
            .ToLookup(i => i.PersonId, i => i.InterestId);
        var blocks = (await db.MatchBlocks.AsNoTracking().Where(b => ids.Contains(b.BlockerId)).Select(b => new { b.BlockerId, b.BlockedId }).ToListAsync(ct))
            .ToLookup(b => b.BlockerId, b => b.BlockedId);
        var monthAgo = Now.AddDays(-30);
        var used = await db.MatchParticipants.AsNoTracking()
            .Join(db.ProgrammeMatches, mp => mp.MatchId, m => m.Id, (mp, m) => new { mp.PersonId, m.RoundId })
            .Join(db.ProgrammeRounds, x => x.RoundId, r => r.Id, (x, r) => new { x.PersonId, r.PublishedAt, r.Period, r.ProgrammeId })
            .Where(x => x.PublishedAt >= monthAgo && !(x.ProgrammeId == programme.Id && x.Period == period))
            .GroupBy(x => x.PersonId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var budgets = await db.MeetingBudgets.AsNoTracking().ToDictionaryAsync(b => b.PersonId, b => b.MaxPerMonth, ct);

        var recent = new HashSet<long>(PairKey.Comparer);
        var recentRounds = await db.ProgrammeRounds.AsNoTracking().Where(r => r.ProgrammeId == programme.Id && r.Period != period)
            .OrderByDescending(r => r.Period).Take(programme.RepeatRounds).Select(r => r.Id).ToListAsync(ct);
        var recentMatches = (await db.MatchParticipants.AsNoTracking()
            .Join(db.ProgrammeMatches, mp => mp.MatchId, m => m.Id, (mp, m) => new { mp.MatchId, mp.PersonId, m.RoundId })
            .Where(x => recentRounds.Contains(x.RoundId)).ToListAsync(ct)).GroupBy(x => x.MatchId);
        foreach (var m in recentMatches)
        {
            var members = m.Select(x => x.PersonId).ToList();
            for (var a = 0; a < members.Count; a++)
                for (var b = a + 1; b < members.Count; b++) recent.Add(PairKey.Of(members[a], members[b]));
        }

        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        int Offset(Person p)
        {
            var zone = p.TimeZone ?? p.Location?.TimeZone;
            if (zone is null) return 0;
            if (!offsets.TryGetValue(zone, out var minutes))
                offsets[zone] = minutes = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz) ? (int)tz.GetUtcOffset(clock.GetUtcNow()).TotalMinutes : 0;
            return minutes;
        }
        var participants = people.Select(p => new CoffeeParticipant(p.Id, p.OrgUnitId ?? -1, Department(p.OrgUnitId), p.LocationId ?? -1, Offset(p),
            p.Level, Chain(p.Id), [.. interests[p.Id]], [.. blocks[p.Id]],
            budgets.GetValueOrDefault(p.Id, MeetingBudget.Default) - used.GetValueOrDefault(p.Id))).ToList();

        var density = await DensityAsync(active, Department, ct);
        var interestNames = await db.Interests.AsNoTracking().Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var request = new CoffeeRoundRequest(participants, density, recent, programme.Rules(), CoffeeStrategy.SiloAware,
            programme.Id * 7919 + period.DayNumber)
        {
            DepartmentNames = units.Values.ToDictionary(u => u.Id, u => u.Path),
            LocationNames = active.Where(p => p.Location is not null).Select(p => p.Location!).DistinctBy(l => l.Id).ToDictionary(l => l.Id, l => l.Name),
            InterestNames = interestNames,
        };
        return (request, people);
    }

    /// <summary>Ties of the last 90 days between active people (imported and platform interactions; logged ones
    /// are private), as a Mingle.Graph graph, counted between departments.</summary>
    async Task<UnitTieDensity> DensityAsync(List<Person> active, Func<int?, int> department, CancellationToken ct)
    {
        var index = new Dictionary<int, int>(active.Count);
        var labels = new int[active.Count];
        for (var i = 0; i < active.Count; i++)
        {
            index[active[i].Id] = i;
            labels[i] = department(active[i].OrgUnitId);
        }
        var builder = new GraphBuilder(directed: false, weighted: false);
        builder.EnsureNodes(active.Count);
        var since = Now.AddDays(-TieWindowDays);
        var seen = new HashSet<long>(PairKey.Comparer);
        await foreach (var pair in db.Interactions.AsNoTracking()
                           .Where(i => i.OccurredAt >= since && i.Source != InteractionSource.Logged)
                           .Select(i => new { i.FromPersonId, i.ToPersonId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!index.TryGetValue(pair.FromPersonId, out var a) || !index.TryGetValue(pair.ToPersonId, out var b) || a == b) continue;
            if (seen.Add(PairKey.Of(a, b))) builder.AddEdgeBetween(a, b);
        }
        return UnitTieDensity.Measure(builder.Build(), labels);
    }
}
