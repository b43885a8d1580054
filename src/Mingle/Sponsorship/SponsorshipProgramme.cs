using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Auth;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Onboarding;
using Mingle.People;
using Mingle.Programmes;

namespace Mingle.Sponsorship;

/// <summary>
/// Sponsorship programmes: the owner pairs sponsors (at least the programme's minimum level, with room) with
/// protégés outside the sponsor's own report chain; sponsors record nominations of their protégés and their
/// outcomes. Per object: a nomination is seen by its sponsor, its protégé and the programme's owner only; anyone
/// else gets "not found". Both people of a pair must be in the programme's audience (privacy rule 4).
/// </summary>
public sealed class SponsorshipProgramme(MingleDb db, TimeProvider clock, RoleGrants roles, AuditLog audit)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    DateOnly Today => DateOnly.FromDateTime(Now);

    async Task<SponsorshipSettings> SettingsOfAsync(Programme programme, CancellationToken ct) =>
        await db.SponsorshipSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProgrammeId == programme.Id, ct)
        ?? new SponsorshipSettings { ProgrammeId = programme.Id };

    public async Task<SponsorshipOverview> OverviewAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = await OwnedProgramme.OwnedAsync(db, roles, actor, slug, ProgrammeType.Sponsorship, ct);
        var settings = await SettingsOfAsync(programme, ct);
        var pairs = await db.SponsorshipPairs.AsNoTracking().Include(p => p.Nominations).Where(p => p.ProgrammeId == programme.Id)
            .OrderBy(p => p.EndedAt != null).ThenBy(p => p.Id).ToListAsync(ct);
        var refs = await RefsAsync(pairs, ct);
        return new SponsorshipOverview(programme.Slug, settings.MinSponsorLevel, settings.MaxProteges,
            [.. pairs.Select(p => PairOf(p, programme.Slug, refs))], Nominations(pairs, refs));
    }

    public async Task<PairView> PairAsync(int? actor, string slug, CreatePair request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var programme = await OwnedProgramme.OwnedAsync(db, roles, actor, slug, ProgrammeType.Sponsorship, ct);
        var settings = await SettingsOfAsync(programme, ct);
        if (request.SponsorId == request.ProtegeId) throw new ValidationException("protegeId", "A sponsor cannot sponsor themselves.");
        var sponsor = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.SponsorId && p.Status == PersonStatus.Active, ct)
            ?? throw new ValidationException("sponsorId", "No such active person.");
        var protege = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.ProtegeId && p.Status == PersonStatus.Active, ct)
            ?? throw new ValidationException("protegeId", "No such active person.");
        var errors = new Dictionary<string, string[]>();
        if (!await ProgrammeAudience.IncludesAsync(db, programme, sponsor.Id, Today, ct)) errors["sponsorId"] = ["Not taking part in this programme."];
        else if (sponsor.Level is not { } level || level < settings.MinSponsorLevel)
            errors["sponsorId"] = [$"Sponsors are at level {settings.MinSponsorLevel} or above."];
        else if (await db.SponsorshipPairs.CountAsync(p => p.ProgrammeId == programme.Id && p.SponsorId == sponsor.Id && p.EndedAt == null, ct) >= settings.MaxProteges)
            errors["sponsorId"] = [$"This sponsor already has {settings.MaxProteges} protégés."];
        if (!await ProgrammeAudience.IncludesAsync(db, programme, protege.Id, Today, ct)) errors["protegeId"] = ["Not taking part in this programme."];
        else if (await db.SponsorshipPairs.AnyAsync(p => p.ProgrammeId == programme.Id && p.ProtegeId == protege.Id && p.EndedAt == null, ct))
            errors["protegeId"] = ["This protégé already has a sponsor in this programme."];
        if (errors.Count == 0 && await InReportChainAsync(sponsor.Id, protege.Id, ct))
            errors["protegeId"] = ["A sponsor advocates beyond their own reporting line: this person is in the sponsor's report chain (or manages the sponsor)."];
        if (errors.Count > 0) throw new ValidationException(errors);
        var pair = new SponsorshipPair { ProgrammeId = programme.Id, SponsorId = sponsor.Id, ProtegeId = protege.Id, StartedAt = Now };
        db.SponsorshipPairs.Add(pair);
        audit.Add(actor, "programme.sponsorship.pair", $"programme:{programme.Slug}", $"pair {sponsor.Id}→{protege.Id}");
        await db.SaveChangesAsync(ct);
        return PairOf(pair, programme.Slug, await RefsAsync([pair], ct));
    }

    public async Task<PairView> EndPairAsync(int? actor, string slug, long pairId, CancellationToken ct)
    {
        var programme = await OwnedProgramme.OwnedAsync(db, roles, actor, slug, ProgrammeType.Sponsorship, ct);
        var pair = await db.SponsorshipPairs.Include(p => p.Nominations).SingleOrDefaultAsync(p => p.Id == pairId && p.ProgrammeId == programme.Id, ct)
            ?? throw new NotFoundException("pair", pairId);
        pair.EndedAt ??= Now;
        audit.Add(actor, "programme.sponsorship.end", $"programme:{programme.Slug}", $"pair {pair.Id}");
        await db.SaveChangesAsync(ct);
        return PairOf(pair, programme.Slug, await RefsAsync([pair], ct));
    }

    /// <summary>Either one manages the other, directly or up the chain.</summary>
    async Task<bool> InReportChainAsync(int a, int b, CancellationToken ct)
    {
        var managerOf = await db.People.AsNoTracking().Where(p => p.ManagerId != null).Select(p => new { p.Id, p.ManagerId })
            .ToDictionaryAsync(p => p.Id, p => p.ManagerId!.Value, ct);
        bool Above(int person, int manager)
        {
            for (var (m, hops) = (person, 0); hops < 64 && managerOf.TryGetValue(m, out var up); m = up, hops++)
                if (up == manager) return true;
            return false;
        }
        return Above(a, b) || Above(b, a);
    }

    public async Task<NominationView> NominateAsync(int me, string slug, RecordNomination request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Validate(Today) is { Count: > 0 } errors) throw new ValidationException(errors);
        var programme = await OwnedProgramme.FindAsync(db, slug, ProgrammeType.Sponsorship, ct);
        // Not my protégé reads the same as no such person: nobody learns who else is sponsored.
        var pair = await db.SponsorshipPairs.SingleOrDefaultAsync(p => p.ProgrammeId == programme.Id && p.SponsorId == me
            && p.ProtegeId == request.ProtegeId && p.EndedAt == null, ct) ?? throw new NotFoundException("protégé", request.ProtegeId);
        SponsorshipText.TryKind(request.Kind, out var kind);
        var nomination = new Nomination
        {
            PairId = pair.Id,
            Opportunity = request.Opportunity.Trim(),
            Kind = kind,
            NominatedOn = request.NominatedOn ?? Today,
            CreatedAt = Now,
        };
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync(ct);
        return await NominationAsync(me, slug, nomination.Id, ct);
    }

    /// <summary>The sponsor or the programme's owner records the outcome.</summary>
    public async Task<NominationView> SetOutcomeAsync(int me, string slug, long id, UpdateOutcome request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var (programme, nomination, pair) = await VisibleAsync(me, slug, id, ct);
        if (pair.SponsorId != me && !await OwnedProgramme.IsOwnerAsync(programme, me, roles, ct))
            throw new ForbiddenException("Only the sponsor or the programme's owner records the outcome.");
        SponsorshipText.TryOutcome(request.Outcome, out var outcome);
        var tracked = await db.Nominations.SingleAsync(n => n.Id == nomination.Id, ct);
        tracked.Outcome = outcome;
        tracked.OutcomeAt = outcome == NominationOutcome.Pending ? null : Now;
        await db.SaveChangesAsync(ct);
        return await NominationAsync(me, slug, id, ct);
    }

    public async Task<NominationView> NominationAsync(int me, string slug, long id, CancellationToken ct)
    {
        var (_, nomination, pair) = await VisibleAsync(me, slug, id, ct);
        var refs = await RefsAsync([pair], ct);
        return NominationOf(nomination, pair, refs);
    }

    async Task<(Programme, Nomination, SponsorshipPair)> VisibleAsync(int me, string slug, long id, CancellationToken ct)
    {
        var programme = await OwnedProgramme.FindAsync(db, slug, ProgrammeType.Sponsorship, ct);
        var nomination = await db.Nominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException("nomination", id);
        var pair = await db.SponsorshipPairs.AsNoTracking().SingleAsync(p => p.Id == nomination.PairId, ct);
        if (pair.ProgrammeId != programme.Id) throw new NotFoundException("nomination", id);
        if (pair.SponsorId != me && pair.ProtegeId != me && !await OwnedProgramme.IsOwnerAsync(programme, me, roles, ct))
            throw new NotFoundException("nomination", id);
        return (programme, nomination, pair);
    }

    public async Task<MySponsorship> MineAsync(int me, string? slug, CancellationToken ct)
    {
        int? programmeId = slug is null ? null : (await OwnedProgramme.FindAsync(db, slug, ProgrammeType.Sponsorship, ct)).Id;
        var pairs = await db.SponsorshipPairs.AsNoTracking().Include(p => p.Nominations)
            .Where(p => (p.SponsorId == me || p.ProtegeId == me) && (programmeId == null || p.ProgrammeId == programmeId))
            .OrderBy(p => p.EndedAt != null).ThenBy(p => p.Id).ToListAsync(ct);
        var refs = await RefsAsync(pairs, ct);
        var programmeIds = pairs.Select(p => p.ProgrammeId).Distinct().ToList();
        var slugs = await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Slug, ct);
        var asSponsor = pairs.Where(p => p.SponsorId == me).ToList();
        var asProtege = pairs.Where(p => p.ProtegeId == me).ToList();
        return new MySponsorship([.. asSponsor.Select(p => PairOf(p, slugs[p.ProgrammeId], refs))], [.. asProtege.Select(p => PairOf(p, slugs[p.ProgrammeId], refs))],
            Nominations(asSponsor, refs), Nominations(asProtege, refs));
    }

    public async Task<SponsorshipSettingsView> SettingsAsync(int? actor, string slug, CancellationToken ct)
    {
        var programme = await OwnedProgramme.OwnedAsync(db, roles, actor, slug, ProgrammeType.Sponsorship, ct);
        var s = await SettingsOfAsync(programme, ct);
        return new SponsorshipSettingsView(programme.Slug, s.MinSponsorLevel, s.MaxProteges);
    }

    public async Task<SponsorshipSettingsView> UpdateSettingsAsync(int? actor, string slug, UpdateSponsorshipSettings request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var programme = await OwnedProgramme.OwnedAsync(db, roles, actor, slug, ProgrammeType.Sponsorship, ct);
        var s = await db.SponsorshipSettings.SingleOrDefaultAsync(x => x.ProgrammeId == programme.Id, ct);
        if (s is null) db.SponsorshipSettings.Add(s = new SponsorshipSettings { ProgrammeId = programme.Id });
        s.MinSponsorLevel = request.MinSponsorLevel;
        s.MaxProteges = request.MaxProteges;
        audit.Add(actor, "programme.sponsorship.settings", $"programme:{programme.Slug}", $"min level {s.MinSponsorLevel}, max {s.MaxProteges}");
        await db.SaveChangesAsync(ct);
        return new SponsorshipSettingsView(programme.Slug, s.MinSponsorLevel, s.MaxProteges);
    }

    static PairView PairOf(SponsorshipPair p, string slug, Dictionary<int, PersonRef> refs) =>
        new(p.Id, slug, refs[p.SponsorId], refs[p.ProtegeId], p.StartedAt, p.EndedAt, p.Nominations.Count);

    static NominationView NominationOf(Nomination n, SponsorshipPair p, Dictionary<int, PersonRef> refs) =>
        new(n.Id, p.Id, refs[p.SponsorId], refs[p.ProtegeId], n.Opportunity, SponsorshipText.Of(n.Kind), n.NominatedOn,
            SponsorshipText.Of(n.Outcome), n.OutcomeAt);

    static List<NominationView> Nominations(IEnumerable<SponsorshipPair> pairs, Dictionary<int, PersonRef> refs) =>
        [.. pairs.SelectMany(p => p.Nominations.Select(n => NominationOf(n, p, refs))).OrderByDescending(n => n.NominatedOn).ThenBy(n => n.Id)];

    async Task<Dictionary<int, PersonRef>> RefsAsync(IEnumerable<SponsorshipPair> pairs, CancellationToken ct)
    {
        var ids = pairs.SelectMany(p => new[] { p.SponsorId, p.ProtegeId }).Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new PersonRef(p.Id, p.Name, p.Title), ct);
    }
}
