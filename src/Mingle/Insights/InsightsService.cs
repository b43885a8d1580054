using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;

namespace Mingle.Insights;

/// <summary>
/// Network insights for Analysts and Admins (the endpoints and pages check the role). Every view is audit-logged
/// (privacy rule 7) and goes through <see cref="GroupVisibility"/>: nothing about a group of fewer than k people is
/// returned, and an unknown or suppressed unit gets the same "not available" answer.
/// </summary>
public sealed class InsightsService(MingleDb db, TimeProvider clock, InsightsOptions options, InsightsCache cache, AuditLog audit)
{
    public const int MaxHeatmapUnits = 150;
    public const double BarelyTalkRatio = 0.25;

    public int K => options.K;

    /// <summary>The window's insights, from the cache when nothing changed.</summary>
    public async Task<NetworkInsights> ComputeAsync(int windowDays, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Whole hours, so the cache serves a busy dashboard and the window still moves forward.
        var end = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc).AddHours(1);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var fingerprint = await FingerprintAsync(end, ct);
        var fingerprintSeconds = watch.Elapsed.TotalSeconds;
        var result = await cache.GetAsync(windowDays, fingerprint, async c =>
        {
            var loading = System.Diagnostics.Stopwatch.StartNew();
            var (org, ties) = await new InsightsLoader(db, options).LoadAsync(windowDays, end, c);
            var load = loading.Elapsed.TotalSeconds;
            var computed = await Task.Run(() => NetworkInsights.Compute(org, ties, windowDays, end, options.K, c), c);
            computed.Timings["load"] = load;
            return computed;
        }, ct);
        result.Timings["fingerprint"] = fingerprintSeconds;
        return result;
    }

    async Task<string> FingerprintAsync(DateTime end, CancellationToken ct)
    {
        var people = await db.People.CountAsync(ct);
        var peopleChanged = await db.People.MaxAsync(p => (DateTime?)p.UpdatedAt, ct);
        var units = await db.OrgUnits.CountAsync(ct);
        var maxUnit = await db.OrgUnits.MaxAsync(u => (int?)u.Id, ct);
        var locations = await db.Locations.CountAsync(ct);
        var interactions = await db.Interactions.CountAsync(ct);
        var maxInteraction = await db.Interactions.MaxAsync(i => (long?)i.Id, ct);
        var entries = await db.NetworkEntries.CountAsync(ct);
        var entriesChanged = await db.NetworkEntries.MaxAsync(e => (DateTime?)e.UpdatedAt, ct);
        // Survey nominations are tie signals too: a new or edited response changes the network.
        var responses = await db.SurveyResponses.CountAsync(ct);
        var responsesChanged = await db.SurveyResponses.MaxAsync(r => (DateTime?)r.UpdatedAt, ct);
        return string.Join('|', end.Ticks, people, peopleChanged?.Ticks, units, maxUnit, locations, interactions, maxInteraction,
            entries, entriesChanged?.Ticks, responses, responsesChanged?.Ticks, options.K);
    }

    public async Task<OrganisationInsights> OrganisationAsync(int? actor, string? window, CancellationToken ct)
    {
        var days = InsightsWindow.Parse(window);
        var insights = await ComputeAsync(days, ct);
        await AuditAsync(actor, "organisation", $"window={days}d", ct);
        return await OrganisationViewAsync(insights, ct);
    }

    public async Task<OrganisationInsights> OrganisationViewAsync(NetworkInsights insights, CancellationToken ct)
    {
        var s = insights.Summary;
        if (!insights.Visibility.IsVisible(GroupKey.Organisation))
            return new OrganisationInsights(insights.WindowDays, insights.WindowEnd, K, true, null, null, null, null, null, null, null,
                null, null, null, null, null, []);
        return new OrganisationInsights(insights.WindowDays, insights.WindowEnd, K, false, s.Size, s.Ties, N(s.Density),
            N(s.AverageNetworkSize), N(s.AverageBreadth), N(s.CrossUnitShare), N(s.EIIndex), N(s.FormalModularity),
            N(s.InformalModularity), s.Communities, N(s.Nmi), s.Roles, await TrendAsync(insights.WindowDays, ct));
    }

    /// <summary>
    /// Weekly organisation snapshots. A week whose headcount differs from the previous shown week by fewer than k
    /// people is left out, so two points cannot be differenced down to a handful of joiners or leavers.
    /// </summary>
    async Task<IReadOnlyList<TrendPoint>> TrendAsync(int windowDays, CancellationToken ct)
    {
        var rows = await TrendRowsAsync(windowDays, 0, ct);
        return [.. rows.Select(r => new TrendPoint(r.WeekStart, r.Size, r.Density, r.AverageNetworkSize, r.CrossUnitShare, r.EIIndex,
            r.FormalModularity, r.InformalModularity, r.Nmi))];
    }

    /// <summary>
    /// A group's stored weeks that may be shown: each with at least k people (k may have been raised since it was
    /// stored), and none whose headcount differs from the previous shown week by 1 to k − 1 people.
    /// </summary>
    async Task<List<InsightsSnapshot>> TrendRowsAsync(int windowDays, int unitId, CancellationToken ct)
    {
        var rows = await db.InsightsSnapshots.AsNoTracking().Where(s => s.WindowDays == windowDays && s.UnitId == unitId)
            .OrderBy(s => s.WeekStart).ToListAsync(ct);
        var shown = new List<InsightsSnapshot>();
        int? lastSize = null;
        foreach (var r in rows)
        {
            if (r.Size < K) continue;
            var delta = lastSize is { } previous ? Math.Abs(r.Size - previous) : 0;
            if (delta > 0 && delta < K) continue;
            lastSize = r.Size;
            shown.Add(r);
        }
        return shown;
    }

    public async Task<GroupInsightList> GroupsAsync(int? actor, string? window, string? level, int? locationId, CancellationToken ct)
    {
        var days = InsightsWindow.Parse(window);
        var (listing, levelName) = await ListingAsync(level, locationId, ct);
        var insights = await ComputeAsync(days, ct);
        await AuditAsync(actor, "units", $"window={days}d level={levelName}" + (locationId is { } l ? $" location={l}" : ""), ct);
        return Groups(insights, listing, levelName, locationId);
    }

    public GroupInsightList Groups(NetworkInsights insights, GroupListing listing, string levelName, int? locationId)
    {
        var stats = GroupStats.Compute(insights, listing);
        var items = new List<GroupInsight>();
        var suppressed = 0;
        for (var g = 0; g < stats.Groups.Length; g++)
        {
            if (!insights.Visibility.IsVisible(stats.Groups[g]))
            {
                suppressed++;
                continue;
            }
            items.Add(View(insights, stats, g));
        }
        items.Sort((a, b) => string.CompareOrdinal(a.Path ?? a.Name, b.Path ?? b.Name));
        return new GroupInsightList(insights.WindowDays, levelName, locationId, K, items, suppressed);
    }

    public async Task<UnitInsightDetail> UnitAsync(int? actor, string? window, int unitId, CancellationToken ct)
    {
        var days = InsightsWindow.Parse(window);
        var insights = await ComputeAsync(days, ct);
        await AuditAsync(actor, "unit", $"window={days}d unit={unitId}", ct);
        var unit = Array.FindIndex(insights.Org.Units, u => u.Id == unitId);
        if (unit < 0 || !insights.Visibility.IsVisible(GroupKey.OfUnit(unit))) throw NotAvailable();
        var depth = insights.Org.Units[unit].Depth;
        var stats = GroupStats.Compute(insights, new GroupListing(GroupKind.Unit, depth));
        var g = Array.IndexOf(stats.Groups, GroupKey.OfUnit(unit));
        var matrix = stats.TieMatrix(insights);
        var ties = new List<UnitTie>();
        var suppressed = 0;
        for (var other = 0; other < stats.Groups.Length; other++)
        {
            if (other == g) continue;
            if (!insights.Visibility.IsVisible(stats.Groups[other]))
            {
                suppressed++;
                continue;
            }
            var info = insights.Org.Units[stats.Groups[other].Unit];
            ties.Add(new UnitTie(info.Id, info.Name, stats.Size[other], matrix[g, other],
                matrix[g, other] / ((double)stats.Size[g] * stats.Size[other])));
        }
        ties.Sort((a, b) => b.Density.CompareTo(a.Density));
        // Trends only for a unit visible today; each stored week was visible when it was taken.
        var trend = (await TrendRowsAsync(days, unitId, ct))
            .Select(r => new UnitTrendPoint(r.WeekStart, r.Size, r.Density, r.EIIndex, r.Breadth, r.PeripheralShare)).ToList();
        return new UnitInsightDetail(days, View(insights, stats, g), OrgUnit.LevelName(depth), ties, suppressed, trend);
    }

    public async Task<Heatmap> HeatmapAsync(int? actor, string? window, string? level, int? locationId, CancellationToken ct)
    {
        var days = InsightsWindow.Parse(window);
        var (listing, levelName) = await ListingAsync(level ?? "department", locationId, ct);
        if (listing.Kind != GroupKind.Unit) throw new ValidationException("level", "The heatmap is between units: level must be division, department or team.");
        var insights = await ComputeAsync(days, ct);
        await AuditAsync(actor, "heatmap", $"window={days}d level={levelName}" + (locationId is { } l ? $" location={l}" : ""), ct);
        return Heatmap(insights, listing, levelName, locationId);
    }

    public static Heatmap Heatmap(NetworkInsights insights, GroupListing listing, string levelName, int? locationId)
    {
        var stats = GroupStats.Compute(insights, listing);
        var shown = Enumerable.Range(0, stats.Groups.Length).Where(g => insights.Visibility.IsVisible(stats.Groups[g]))
            .OrderBy(g => insights.Org.Units[stats.Groups[g].Unit].Path, StringComparer.Ordinal).ToList();
        if (shown.Count > MaxHeatmapUnits)
            throw new ValidationException("level", $"More than {MaxHeatmapUnits} units at this level; choose a coarser level or a location.");
        var matrix = stats.TieMatrix(insights);
        var rows = new List<IReadOnlyList<double?>>();
        foreach (var a in shown)
        {
            rows.Add(shown.Select(b => a == b
                ? N(stats.Density(a))
                : (double?)(matrix[a, b] / ((double)stats.Size[a] * stats.Size[b]))).ToList());
        }
        var units = shown.Select(g => new HeatmapUnit(insights.Org.Units[stats.Groups[g].Unit].Id,
            insights.Org.Units[stats.Groups[g].Unit].Name, stats.Size[g])).ToList();
        return new Heatmap(insights.WindowDays, levelName, locationId, units, rows, stats.Groups.Length - shown.Count);
    }

    public async Task<SiloReport> SilosAsync(int? actor, string? window, string? level, int? limit, CancellationToken ct)
    {
        var days = InsightsWindow.Parse(window);
        var (listing, levelName) = await ListingAsync(level ?? "department", null, ct);
        if (listing.Kind != GroupKind.Unit) throw new ValidationException("level", "Silos are between units: level must be division, department or team.");
        if (limit is < 1 or > 500) throw new ValidationException("limit", "Limit must be between 1 and 500.");
        var insights = await ComputeAsync(days, ct);
        await AuditAsync(actor, "silos", $"window={days}d level={levelName}", ct);
        return Silos(insights, listing, levelName, limit ?? 20);
    }

    public static SiloReport Silos(NetworkInsights insights, GroupListing listing, string levelName, int limit)
    {
        var stats = GroupStats.Compute(insights, listing);
        var shown = Enumerable.Range(0, stats.Groups.Length).Where(g => insights.Visibility.IsVisible(stats.Groups[g])).ToList();
        var matrix = stats.TieMatrix(insights);
        // Expected density between two units of this level: every cross-unit tie over every possible cross-unit pair.
        double crossTies = 0, crossPairs = 0;
        for (var i = 0; i < stats.Groups.Length; i++)
            for (var j = i + 1; j < stats.Groups.Length; j++)
            {
                crossTies += matrix[i, j];
                crossPairs += (double)stats.Size[i] * stats.Size[j];
            }
        double? expected = crossPairs == 0 || crossTies == 0 ? null : crossTies / crossPairs;
        var pairs = new List<SiloPair>();
        foreach (var a in shown)
            foreach (var b in shown)
            {
                if (b <= a) continue;
                var density = matrix[a, b] / ((double)stats.Size[a] * stats.Size[b]);
                var ratio = expected is { } e ? density / e : (double?)null;
                UnitInfo ua = insights.Org.Units[stats.Groups[a].Unit], ub = insights.Org.Units[stats.Groups[b].Unit];
                pairs.Add(new SiloPair(ua.Id, ua.Name, ub.Id, ub.Name, matrix[a, b], density, ratio, ratio < BarelyTalkRatio));
            }
        var ranked = pairs.OrderBy(p => p.Ratio ?? 0).ThenBy(p => p.Ties).ThenBy(p => p.NameA, StringComparer.Ordinal)
            .ThenBy(p => p.NameB, StringComparer.Ordinal).Take(limit).ToList();
        var units = shown.Select(g => new SiloUnit(insights.Org.Units[stats.Groups[g].Unit].Id, insights.Org.Units[stats.Groups[g].Unit].Name,
                stats.Size[g], N(stats.EIIndex[g]), N(stats.Breadth(g))))
            .OrderBy(u => u.EIIndex ?? 2).ThenBy(u => u.Name, StringComparer.Ordinal).Take(limit).ToList();
        return new SiloReport(insights.WindowDays, levelName, expected, ranked, units, stats.Groups.Length - shown.Count);
    }

    public async Task<InformalFormal> InformalFormalAsync(int? actor, string? window, CancellationToken ct)
    {
        var days = InsightsWindow.Parse(window);
        var insights = await ComputeAsync(days, ct);
        await AuditAsync(actor, "informal-formal", $"window={days}d", ct);
        return InformalFormal(insights);
    }

    public InformalFormal InformalFormal(NetworkInsights insights)
    {
        var s = insights.Summary;
        if (!insights.Visibility.IsVisible(GroupKey.Organisation)) return new InformalFormal(insights.WindowDays, null, null, null, 0, [], 0);
        var org = insights.Org;
        var byCommunity = new Dictionary<int, Dictionary<int, int>>();
        var sizes = new Dictionary<int, int>();
        for (var p = 0; p < org.PeopleCount; p++)
        {
            var c = insights.InformalPartition[p];
            sizes[c] = sizes.GetValueOrDefault(c) + 1;
            var d = org.UnitAt(p, NetworkInsights.BreadthDepth);
            if (d < 0) continue;
            if (!byCommunity.TryGetValue(c, out var mix)) byCommunity[c] = mix = [];
            mix[d] = mix.GetValueOrDefault(d) + 1;
        }
        var suppressed = sizes.Count(kv => kv.Value < K);
        var largest = new List<CommunityMix>();
        foreach (var (c, size) in sizes.Where(kv => kv.Value >= K).OrderByDescending(kv => kv.Value).Take(12))
        {
            // A department's share is shown only when at least k of its people are in the community, and the people
            // not covered by a shown share are 0 or at least k — counts about fewer than k people never leave.
            var parts = (byCommunity.GetValueOrDefault(c) ?? [])
                .Where(kv => kv.Value >= K && insights.Visibility.IsVisible(GroupKey.OfUnit(kv.Key)))
                .OrderByDescending(kv => kv.Value).ToList();
            var leftOver = size - parts.Sum(kv => kv.Value);
            while (leftOver > 0 && leftOver < K && parts.Count > 0)
            {
                leftOver += parts[^1].Value;
                parts.RemoveAt(parts.Count - 1);
            }
            largest.Add(new CommunityMix(size, parts.Count,
                [.. parts.Select(kv => new DepartmentShare(org.Units[kv.Key].Id, org.Units[kv.Key].Name, (double)kv.Value / size))]));
        }
        return new InformalFormal(insights.WindowDays, N(s.FormalModularity), N(s.InformalModularity), N(s.Nmi), s.Communities, largest, suppressed);
    }

    async Task<(GroupListing Listing, string Name)> ListingAsync(string? level, int? locationId, CancellationToken ct)
    {
        var name = string.IsNullOrWhiteSpace(level) ? "department" : level.Trim().ToLowerInvariant();
        if (locationId is { } id)
        {
            if (name is "location" or "band") throw new ValidationException("location", "A location filter applies to unit levels only.");
            var index = await db.Locations.AsNoTracking().OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(ct);
            var li = index.IndexOf(id);
            if (li < 0) throw new ValidationException("location", "Unknown location.");
            return (new GroupListing(GroupKind.Unit, Depth(name), li), name);
        }
        return name switch
        {
            "location" => (new GroupListing(GroupKind.Location), name),
            "band" => (new GroupListing(GroupKind.Band), name),
            _ => (new GroupListing(GroupKind.Unit, Depth(name)), name),
        };
    }

    static int Depth(string name)
    {
        var depth = OrgStructure.DepthOf(name);
        if (depth < 0 && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d <= 20) depth = d;
        return depth >= 0 ? depth : throw new ValidationException("level", "Level must be division, department, team, a tree depth (0, 1, 2, …), location or band.");
    }

    public static GroupInsight View(NetworkInsights insights, GroupStats stats, int g)
    {
        var key = stats.Groups[g];
        var org = insights.Org;
        var roles = new Dictionary<string, int>();
        for (var r = 0; r < GroupStats.CountedRoles.Length; r++) roles[RoleNames.Of(GroupStats.CountedRoles[r])] = stats.RoleCounts[g, r];
        int? unitId = key.Unit >= 0 ? org.Units[key.Unit].Id : null;
        int? locationId = key.Location >= 0 ? org.Locations[key.Location].Id : null;
        var band = key.Band >= 0 ? OrgStructure.BandNames[key.Band] : null;
        var name = key.Kind switch
        {
            GroupKind.Unit => org.Units[key.Unit].Name,
            GroupKind.UnitAtLocation => $"{org.Units[key.Unit].Name} @ {org.Locations[key.Location].Name}",
            GroupKind.Location => org.Locations[key.Location].Name,
            _ => band ?? "",
        };
        var path = key.Unit >= 0 ? org.Units[key.Unit].Path : null;
        return new GroupInsight(unitId, locationId, band, name, path, stats.Size[g], N(stats.Density(g)), N(stats.EIIndex[g]),
            N(stats.Breadth(g)), N(stats.PeripheralShare(g)), stats.InternalTies[g], stats.ExternalTies[g], roles);
    }

    /// <summary>The same answer for a unit that does not exist and one too small to show, so the error says nothing about size.</summary>
    public static NotFoundException NotAvailable() => new("insights", "for this unit");

    public async Task AuditAsync(int? actor, string view, string detail, CancellationToken ct)
    {
        audit.Add(actor, "insights.view", view, detail);
        await db.SaveChangesAsync(ct);
    }

    static double? N(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : Math.Round(value, 6);
}
