using Microsoft.EntityFrameworkCore;
using Mingle.Auth;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Network;
using Mingle.People;

namespace Mingle.Programmes;

/// <summary>Programmes and my part in them: list, create, join, pause, leave, block, my matches and follow-up.
/// Every method acts for <c>me</c> and only ever reads or changes my own membership, blocks and answers.</summary>
public sealed class ProgrammeDirectory(MingleDb db, TimeProvider clock, RoleGrants roles, Kudos.KudosLedger kudos)
{
    public const int MinimumGroupSize = 5;

    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ProgrammeList> ListAsync(int me, CancellationToken ct)
    {
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var mine = await db.ProgrammeMembers.AsNoTracking().Where(m => m.PersonId == me).ToDictionaryAsync(m => m.ProgrammeId, ct);
        var counts = await db.ProgrammeMembers.AsNoTracking().Where(m => m.Status != MembershipStatus.Left)
            .GroupBy(m => m.ProgrammeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var ownerIds = programmes.Where(p => p.OwnerId != null).Select(p => p.OwnerId!.Value).Distinct().ToList();
        var owners = await db.People.AsNoTracking().Where(p => ownerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var items = new List<ProgrammeView>(programmes.Count);
        foreach (var p in programmes)
        {
            var inAudience = await Audience.IncludesAsync(db, p, me, ct);
            var audience = await Audience.ViewAsync(db, p, withSize: false, ct);
            var owner = p.OwnerId is { } o ? owners.GetValueOrDefault(o) : null;
            items.Add(View(p, me, mine.GetValueOrDefault(p.Id), counts.GetValueOrDefault(p.Id), owner, inAudience) with { Audience = audience });
        }
        return new ProgrammeList(items);
    }

    public async Task<ProgrammeView> GetAsync(int me, string slug, CancellationToken ct)
    {
        var p = await FindAsync(slug, ct);
        var membership = await db.ProgrammeMembers.AsNoTracking().SingleOrDefaultAsync(m => m.ProgrammeId == p.Id && m.PersonId == me, ct);
        var count = await db.ProgrammeMembers.CountAsync(m => m.ProgrammeId == p.Id && m.Status != MembershipStatus.Left, ct);
        var owner = p.OwnerId is { } o ? await db.People.Where(x => x.Id == o).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        var manages = p.OwnerId == me || (await roles.RolesOfAsync(me, ct)).Contains(Role.Admin);
        var inAudience = await Audience.IncludesAsync(db, p, me, ct);
        var audience = await Audience.ViewAsync(db, p, withSize: manages, ct);
        return View(p, me, membership, count, owner, inAudience) with { Audience = audience };
    }

    static ProgrammeView View(Programme p, int me, ProgrammeMember? m, int members, string? owner, bool inAudience) => new(
        p.Slug, p.Name, p.Description, p.Type.ToString().ToLowerInvariant(), p.Cadence.ToString().ToLowerInvariant(), p.EnrolAll,
        p.GroupSize, owner, p.OwnerId == me, members >= MinimumGroupSize ? members : null,
        m is null ? (p.EnrolAll && inAudience ? "enrolled" : "not-joined") : m.Status.ToString().ToLowerInvariant(), m?.PausedUntil)
    {
        InAudience = inAudience,
    };

    public async Task<Programme> FindAsync(string slug, CancellationToken ct) =>
        await db.Programmes.SingleOrDefaultAsync(p => p.Slug == slug, ct) ?? throw new NotFoundException("programme", slug);

    /// <summary>ProgrammeOwners and Admins create programmes; the creator owns it.</summary>
    public async Task<ProgrammeView> CreateAsync(int me, CreateProgramme request, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var myRoles = await roles.RolesOfAsync(me, ct);
        if (!myRoles.Contains(Role.ProgrammeOwner) && !myRoles.Contains(Role.Admin))
            throw new ForbiddenException("Only programme owners and admins create programmes.");
        if (await db.Programmes.AnyAsync(p => p.Slug == request.Slug, ct)) throw new ValidationException("slug", "That slug is taken.");
        var rules = (request.Rules ?? new ProgrammeRulesInput()).ToRules();
        var programme = new Programme
        {
            Slug = request.Slug,
            Name = request.Name.Trim(),
            Description = request.Description,
            Type = Enum.Parse<ProgrammeType>(request.Type, ignoreCase: true),
            Cadence = Enum.Parse<ProgrammeCadence>(request.Cadence, ignoreCase: true),
            EnrolAll = request.EnrolAll,
            GroupSize = request.GroupSize,
            OwnerId = me,
            RepeatRounds = rules.RepeatRounds,
            MinOverlapHours = rules.MinOverlapHours,
            MaxLevelGap = rules.MaxLevelGap,
            CrossUnitWeight = rules.CrossUnitWeight,
            CrossLocationWeight = rules.CrossLocationWeight,
            CrossLevelWeight = rules.CrossLevelWeight,
            SiloWeight = rules.SiloWeight,
            SharedInterestWeight = rules.SharedInterestWeight,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await Audience.ApplyAsync(db, programme, request.Audience, ct);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);
        return await GetAsync(me, programme.Slug, ct);
    }

    /// <summary>Joining (or resuming) is for people in the programme's audience only.</summary>
    public async Task<ProgrammeView> JoinAsync(int me, string slug, CancellationToken ct)
    {
        var p = await FindAsync(slug, ct);
        if (!await Audience.IncludesAsync(db, p, me, ct))
            throw new ForbiddenException($"{p.Name} is for a set audience (units, locations or levels) that does not include you.");
        return await SetMembershipAsync(me, slug, MembershipStatus.Active, null, ct);
    }

    /// <summary>Replaces the audience; the programme's owner or an Admin only. Unknown ids are a 400 naming the field.</summary>
    public async Task<ProgrammeView> SetAudienceAsync(int me, string slug, AudienceInput request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var p = await FindAsync(slug, ct);
        if (p.OwnerId != me && !(await roles.RolesOfAsync(me, ct)).Contains(Role.Admin))
            throw new ForbiddenException("Only the programme's owner or an admin changes its audience.");
        await Audience.ApplyAsync(db, p, request, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(me, slug, ct);
    }

    public Task<ProgrammeView> PauseAsync(int me, string slug, PauseRequest request, CancellationToken ct)
    {
        if (request.Until <= Today) throw new ValidationException("until", "Pause until a date after today.");
        if (request.Until > Today.AddYears(1)) throw new ValidationException("until", "Pause for at most a year; leave instead.");
        return SetMembershipAsync(me, slug, MembershipStatus.Paused, request.Until, ct);
    }

    public Task<ProgrammeView> LeaveAsync(int me, string slug, CancellationToken ct) =>
        SetMembershipAsync(me, slug, MembershipStatus.Left, null, ct);

    async Task<ProgrammeView> SetMembershipAsync(int me, string slug, MembershipStatus status, DateOnly? until, CancellationToken ct)
    {
        var p = await FindAsync(slug, ct);
        var m = await db.ProgrammeMembers.SingleOrDefaultAsync(x => x.ProgrammeId == p.Id && x.PersonId == me, ct);
        if (m is null)
        {
            m = new ProgrammeMember { ProgrammeId = p.Id, PersonId = me, JoinedAt = clock.GetUtcNow().UtcDateTime };
            db.ProgrammeMembers.Add(m);
        }
        m.Status = status;
        m.PausedUntil = until;
        await db.SaveChangesAsync(ct);
        return await GetAsync(me, slug, ct);
    }

    /// <summary>Never match me with this person, in any programme. Silent: the other person is never told.</summary>
    public async Task BlockAsync(int me, BlockRequest request, CancellationToken ct)
    {
        if (request.PersonId == me) throw new ValidationException("personId", "You cannot block yourself.");
        if (!await db.People.AnyAsync(p => p.Id == request.PersonId && p.Status == PersonStatus.Active, ct))
            throw new NotFoundException("person", request.PersonId);
        if (await db.MatchBlocks.AnyAsync(b => b.BlockerId == me && b.BlockedId == request.PersonId, ct)) return;
        db.MatchBlocks.Add(new MatchBlock { BlockerId = me, BlockedId = request.PersonId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
    }

    public async Task UnblockAsync(int me, int personId, CancellationToken ct) =>
        await db.MatchBlocks.Where(b => b.BlockerId == me && b.BlockedId == personId).ExecuteDeleteAsync(ct);

    /// <summary>The people I block (only ever mine).</summary>
    public async Task<IReadOnlyList<PersonRef>> MyBlocksAsync(int me, CancellationToken ct) =>
        await db.MatchBlocks.AsNoTracking().Where(b => b.BlockerId == me)
            .Join(db.People, b => b.BlockedId, p => p.Id, (b, p) => new PersonRef(p.Id, p.Name, p.Title)).ToListAsync(ct);

    /// <summary>My load budget and how much of it the last 30 days used (matches in rounds published since).</summary>
    public async Task<ProgrammeBudget> MyBudgetAsync(int me, CancellationToken ct)
    {
        var max = await db.MeetingBudgets.AsNoTracking().Where(b => b.PersonId == me).Select(b => (int?)b.MaxPerMonth).SingleOrDefaultAsync(ct);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        var used = await db.MatchParticipants.AsNoTracking().Where(mp => mp.PersonId == me)
            .Join(db.ProgrammeMatches, mp => mp.MatchId, m => m.Id, (mp, m) => m.RoundId)
            .Join(db.ProgrammeRounds, id => id, r => r.Id, (id, r) => r.PublishedAt)
            .CountAsync(at => at >= since, ct);
        return new ProgrammeBudget(max ?? MeetingBudget.Default, used);
    }

    /// <summary>Sets my load budget; the planner skips me in any round while I am at it.</summary>
    public async Task<ProgrammeBudget> SetMyBudgetAsync(int me, ProgrammeBudget request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MaxPerMonth is < 0 or > ProgrammeBudget.Max)
            throw new ValidationException("maxPerMonth", $"Must be between 0 and {ProgrammeBudget.Max}.");
        var row = await db.MeetingBudgets.SingleOrDefaultAsync(b => b.PersonId == me, ct);
        if (row is null) db.MeetingBudgets.Add(new MeetingBudget { PersonId = me, MaxPerMonth = request.MaxPerMonth });
        else row.MaxPerMonth = request.MaxPerMonth;
        await db.SaveChangesAsync(ct);
        return await MyBudgetAsync(me, ct);
    }

    public async Task<MyMatchList> MyMatchesAsync(int me, CancellationToken ct)
    {
        var rows = await db.MatchParticipants.AsNoTracking().Where(mp => mp.PersonId == me)
            .Join(db.ProgrammeMatches, mp => mp.MatchId, m => m.Id, (mp, m) => new { mp, m })
            .Join(db.ProgrammeRounds, x => x.m.RoundId, r => r.Id, (x, r) => new { x.mp, x.m, r })
            .Join(db.Programmes, x => x.r.ProgrammeId, p => p.Id, (x, p) => new
            {
                x.m.Id,
                p.Slug,
                p.Name,
                x.r.Number,
                x.r.Period,
                x.m.Explanation,
                x.m.SuggestedStart,
                x.mp.FollowUp,
            })
            .OrderByDescending(x => x.Period).Take(100).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var others = await db.MatchParticipants.AsNoTracking().Where(mp => ids.Contains(mp.MatchId) && mp.PersonId != me)
            .Join(db.People, mp => mp.PersonId, p => p.Id, (mp, p) => new { mp.MatchId, Person = new PersonRef(p.Id, p.Name, p.Title) })
            .ToListAsync(ct);
        var byMatch = others.ToLookup(o => o.MatchId, o => o.Person);
        return new MyMatchList([.. rows.Select(r => new MyMatch(r.Id, r.Slug, r.Name, r.Number, r.Period, [.. byMatch[r.Id]],
            r.Explanation, r.SuggestedStart, r.FollowUp?.ToString().ToLowerInvariant()))]);
    }

    /// <summary>"Did you meet?" Only the match's own people answer (anyone else gets "not found"). The first "yes"
    /// records a coffee interaction between everyone in the match, which strengthens their tie.</summary>
    public async Task<MyMatch> FollowUpAsync(int me, long matchId, FollowUpRequest request, CancellationToken ct)
    {
        if (!Enum.TryParse<FollowUpAnswer>(request.Answer, ignoreCase: true, out var answer) || !Enum.IsDefined(answer))
            throw new ValidationException("answer", "One of yes, no, rescheduled.");
        var thanks = Kudos.KudosLedger.Clean(request.Kudos);
        if (thanks is { Length: > Kudos.Kudos.MaxMessageLength }) throw new ValidationException("kudos", $"At most {Kudos.Kudos.MaxMessageLength} characters.");
        await using var transaction = thanks is null ? null : await kudos.LockSenderAsync(me, ct);
        var participants = await db.MatchParticipants.Where(p => p.MatchId == matchId).ToListAsync(ct);
        var mine = participants.SingleOrDefault(p => p.PersonId == me) ?? throw new NotFoundException("match", matchId);
        var firstYes = answer == FollowUpAnswer.Yes && participants.All(p => p.FollowUp != FollowUpAnswer.Yes);
        mine.FollowUp = answer;
        mine.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        if (firstYes)
        {
            var match = await db.ProgrammeMatches.AsNoTracking().SingleAsync(m => m.Id == matchId, ct);
            var at = match.SuggestedStart < mine.AnsweredAt ? match.SuggestedStart : mine.AnsweredAt.Value;
            for (var x = 0; x < participants.Count; x++)
                for (var y = x + 1; y < participants.Count; y++)
                    db.Interactions.Add(new Interaction
                    {
                        FromPersonId = participants[x].PersonId,
                        ToPersonId = participants[y].PersonId,
                        Type = InteractionType.Coffee,
                        Direction = InteractionDirection.Mutual,
                        OccurredAt = at,
                        Source = InteractionSource.Platform,
                    });
        }
        if (thanks is not null)
        {
            // Kudos go only to the match's other people who still work here; same unit of work as the answer.
            var others = participants.Where(p => p.PersonId != me).Select(p => p.PersonId).ToList();
            var active = await db.People.Where(p => others.Contains(p.Id) && p.Status == PersonStatus.Active).Select(p => p.Id).ToListAsync(ct);
            if (active.Count > 0) await kudos.StageAsync(me, active, thanks, null, matchId, ct);
        }
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return (await MyMatchesAsync(me, ct)).Items.Single(m => m.Id == matchId);
    }
}
