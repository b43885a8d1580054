using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Auth;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Insights;
using Mingle.Onboarding;
using Mingle.Programmes;

namespace Mingle.Sponsorship;

/// <summary>
/// Who sponsorship reaches, by unit, location or level band: protégés, nominations and the success rate (successful
/// out of decided nominations) per group. Privacy rule 1 with the protégés as the population: the insights
/// <see cref="GroupVisibility"/> decides which groups may be named (at least k protégés, and no visible group
/// differenced from another leaves fewer than k); everyone else is merged into "other", which is itself shown only
/// with at least k protégés — when it would hold fewer, the smallest named groups join it until it does. Totals
/// need k protégés too. Every view is audit-logged (rule 7).
/// </summary>
public sealed class SponsorshipCoverage(MingleDb db, RoleGrants roles, AuditLog audit, InsightsOptions options)
{
    public async Task<CoverageReport> ReportAsync(int? actor, string slug, string? by, string? level, CancellationToken ct)
    {
        var kind = (by ?? "unit").Trim().ToLowerInvariant();
        if (kind is not ("unit" or "location" or "band")) throw new ValidationException("by", "One of unit, location, band.");
        var depth = level is null ? NetworkInsights.BreadthDepth : OrgStructure.DepthOf(level);
        if (depth < 0) throw new ValidationException("level", "Level is division, department or team.");
        var programme = await OwnedProgramme.OwnedAsync(db, roles, actor, slug, ProgrammeType.Sponsorship, ct);
        var k = options.K;

        var rows = await db.SponsorshipPairs.AsNoTracking().Where(p => p.ProgrammeId == programme.Id)
            .Select(p => new
            {
                p.ProtegeId,
                Nominations = p.Nominations.Count,
                Successful = p.Nominations.Count(n => n.Outcome == NominationOutcome.Successful),
                Decided = p.Nominations.Count(n => n.Outcome != NominationOutcome.Pending),
            }).ToListAsync(ct);
        var perProtege = rows.GroupBy(r => r.ProtegeId)
            .ToDictionary(g => g.Key, g => (N: g.Sum(x => x.Nominations), S: g.Sum(x => x.Successful), D: g.Sum(x => x.Decided)));

        var org = await new InsightsLoader(db, options).LoadStructureAsync(ct);
        var proteges = new List<int>();
        for (var p = 0; p < org.PeopleCount; p++)
            if (perProtege.ContainsKey(org.PersonIds[p])) proteges.Add(p);
        var levelOf = proteges.Select(p => org.PersonBand[p] < 0 ? 0 : org.PersonBand[p] * 2 + 1).ToArray();
        var protegeOrg = new OrgStructure([.. proteges.Select(p => org.PersonIds[p])], [.. proteges.Select(p => org.PersonUnit[p])],
            [.. proteges.Select(p => org.PersonLocation[p])], levelOf, org.Units, org.Locations);
        var visibility = new GroupVisibility(protegeOrg, k);
        var listing = kind switch
        {
            "location" => new GroupListing(GroupKind.Location),
            "band" => new GroupListing(GroupKind.Band),
            _ => new GroupListing(GroupKind.Unit, depth),
        };

        var groups = new Dictionary<GroupKey, (int P, int N, int S, int D)>();
        var other = (P: 0, N: 0, S: 0, D: 0);
        for (var i = 0; i < protegeOrg.PeopleCount; i++)
        {
            var stats = perProtege[protegeOrg.PersonIds[i]];
            if (listing.GroupOf(protegeOrg, i) is { } key && visibility.IsVisible(key))
            {
                var g = groups.GetValueOrDefault(key);
                groups[key] = (g.P + 1, g.N + stats.N, g.S + stats.S, g.D + stats.D);
            }
            else other = (other.P + 1, other.N + stats.N, other.S + stats.S, other.D + stats.D);
        }
        // "Other" is everyone minus the named groups: below k it would single people out, so named groups join it.
        while (other.P is > 0 && other.P < k && groups.Count > 0)
        {
            var smallest = groups.OrderBy(g => g.Value.P).ThenBy(g => Name(org, g.Key)).First();
            groups.Remove(smallest.Key);
            other = (other.P + smallest.Value.P, other.N + smallest.Value.N, other.S + smallest.Value.S, other.D + smallest.Value.D);
        }
        var total = protegeOrg.PeopleCount;
        var showTotals = total >= k && visibility.IsVisible(GroupKey.Organisation);
        var possible = protegeOrg.PeopleCount == 0 ? 0
            : Enumerable.Range(0, protegeOrg.PeopleCount).Select(i => listing.GroupOf(protegeOrg, i)).Where(x => x is not null).Distinct().Count();
        audit.Add(actor, "programme.sponsorship.coverage", $"programme:{programme.Slug}", $"by {kind}, {groups.Count} groups shown");
        await db.SaveChangesAsync(ct);
        return new CoverageReport(programme.Slug, kind, k,
            showTotals ? total : null,
            showTotals ? rows.Sum(r => r.Nominations) : null,
            showTotals ? Rate(rows.Sum(r => r.Successful), rows.Sum(r => r.Decided)) : null,
            [.. groups.OrderBy(g => Name(org, g.Key), StringComparer.Ordinal)
                .Select(g => new CoverageGroup(Name(org, g.Key), g.Value.P, g.Value.N, g.Value.S, g.Value.D, Rate(g.Value.S, g.Value.D)))],
            other.P >= k ? new CoverageGroup("Other", other.P, other.N, other.S, other.D, Rate(other.S, other.D)) : null,
            Math.Max(0, possible - groups.Count));
    }

    static double? Rate(int successful, int decided) => decided == 0 ? null : Math.Round((double)successful / decided, 3);

    static string Name(OrgStructure org, GroupKey key) => key.Kind switch
    {
        GroupKind.Unit => org.Units[key.Unit].Path,
        GroupKind.Location => org.Locations[key.Location].Name,
        GroupKind.Band => OrgStructure.BandNames[key.Band],
        _ => "everyone",
    };
}
