using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Programmes;

namespace Mingle.Insights;

/// <summary>
/// Programme impact for Analysts and Admins (the endpoint checks the role): for each programme, did the people it
/// matched gain more cross-unit ties and breadth than comparable people it did not? Difference-in-differences around the
/// programme's first round (the anchor): the pre window is the L days before it, the post window the L days after,
/// L = the chosen window, shortened to the days since the anchor so both windows have the same length and the post
/// window never reaches into the future. Ties in each window are built exactly as for every other insight.
/// <list type="bullet">
/// <item>Participants: active people with at least one match in a round published in the post window.</item>
/// <item>Comparison pool: active people in the programme's audience (as it is set now: units with their sub-units,
/// locations, level range) who never were members of the programme nor matched in it — people who could have joined.
/// Participants are everyone it matched, in the audience or not.</item>
/// <item>Both: hired before the longest pre window began (a newcomer's pre window is empty by construction, not by
/// choice; the longest, so the groups do not change with the window asked for).</item>
/// <item>Matching: exact strata of department × level band × tenure band at the anchor (see <see cref="DifferenceInDifferences"/>).</item>
/// <item>Outcomes: cross-unit ties (ties to people of another department; its DiD is the extra cross-unit ties gained)
/// and breadth (distinct other departments tied to).</item>
/// </list>
/// Privacy rule 1: no estimate when fewer than k matched participants or comparison people remain, nor when the
/// participant or comparison group differs from another window's by 1 to k − 1 people (two windows must not be
/// differenced down to a handful). Every view is audit-logged (rule 7).
/// </summary>
public sealed class ProgrammeImpactService(MingleDb db, TimeProvider clock, InsightsOptions options, AuditLog audit)
{
    public const int MinimumDays = 14;
    public const int Seed = 20261123;

    public const string Method =
        "Difference-in-differences around each programme's first round: participants (matched at least once in the post window) " +
        "against non-members in the programme's audience from the same department, level band and tenure band (exact-stratum matching, weighted by participants per stratum). " +
        "Pre and post windows have the same length. 95 % interval: stratified percentile bootstrap over people (1000 resamples, fixed seed).";

    public async Task<ProgrammeImpactReport> ImpactAsync(int? actor, string? window, CancellationToken ct)
    {
        var days = InsightsWindow.Parse(window);
        var now = clock.GetUtcNow().UtcDateTime;
        var loader = new InsightsLoader(db, options);
        var org = await loader.LoadStructureAsync(ct);
        var index = new Dictionary<int, int>(org.PeopleCount);
        for (var p = 0; p < org.PeopleCount; p++) index[org.PersonIds[p]] = p;
        var hired = new DateOnly?[org.PeopleCount];
        var placed = new (int? Unit, int? Location, int? Level)[org.PeopleCount];
        await foreach (var h in db.People.AsNoTracking().Select(p => new { p.Id, p.HireDate, p.OrgUnitId, p.LocationId, p.Level })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!index.TryGetValue(h.Id, out var p)) continue;
            hired[p] = h.HireDate;
            placed[p] = (h.OrgUnitId, h.LocationId, h.Level);
        }
        var departments = org.PartitionAt(NetworkInsights.BreadthDepth);

        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(ct);
        var items = new List<ProgrammeImpact>();
        foreach (var programme in programmes)
        {
            var rounds = await db.ProgrammeRounds.AsNoTracking().Where(r => r.ProgrammeId == programme.Id && r.PublishedAt <= now)
                .Select(r => new { r.Id, r.PublishedAt }).ToListAsync(ct);
            var type = programme.Type.ToString().ToLowerInvariant();
            if (rounds.Count == 0)
            {
                items.Add(ProgrammeImpact.NotShown(programme.Id, programme.Name, type, null, 0, "No rounds yet."));
                continue;
            }
            var anchor = rounds.Min(r => r.PublishedAt);
            var length = Length(days, anchor, now);
            if (length < MinimumDays)
            {
                items.Add(ProgrammeImpact.NotShown(programme.Id, programme.Name, type, anchor, length,
                    $"The first round was less than {MinimumDays} days ago."));
                continue;
            }
            var matched = await (from mp in db.MatchParticipants.AsNoTracking()
                                 join m in db.ProgrammeMatches.AsNoTracking() on mp.MatchId equals m.Id
                                 join r in db.ProgrammeRounds.AsNoTracking() on m.RoundId equals r.Id
                                 where r.ProgrammeId == programme.Id
                                 select new { mp.PersonId, r.PublishedAt }).ToListAsync(ct);
            var members = (await db.ProgrammeMembers.AsNoTracking().Where(m => m.ProgrammeId == programme.Id)
                .Select(m => m.PersonId).ToListAsync(ct)).ToHashSet();
            members.UnionWith(matched.Select(m => m.PersonId));

            // Eligibility uses the longest window, so it is the same whichever window is asked for.
            var earliest = DateOnly.FromDateTime(anchor.AddDays(-Length(InsightsWindow.Allowed[^1], anchor, now)));
            bool Eligible(int p) => hired[p] is not { } h || h <= earliest;
            var audience = await Audience.LoadAsync(db, programme, ct);
            bool InAudience(int p) => audience.Includes(placed[p].Unit, placed[p].Location, placed[p].Level);

            (HashSet<int> Participants, List<int> Pool) Groups(int l)
            {
                var participants = matched.Where(m => m.PublishedAt < anchor.AddDays(l) && index.ContainsKey(m.PersonId))
                    .Select(m => index[m.PersonId]).Where(Eligible).ToHashSet();
                var pool = Enumerable.Range(0, org.PeopleCount).Where(p => !members.Contains(org.PersonIds[p]) && Eligible(p) && InAudience(p)).ToList();
                return (participants, pool);
            }

            var (participants, pool) = Groups(length);
            if (participants.Count < options.K || pool.Count < options.K)
            {
                items.Add(ProgrammeImpact.NotShown(programme.Id, programme.Name, type, anchor, length,
                    $"Fewer than {options.K} participants or comparable non-participants."));
                continue;
            }
            if (DifferencesOtherWindows(days, anchor, now, participants, pool, Groups))
            {
                items.Add(ProgrammeImpact.NotShown(programme.Id, programme.Name, type, anchor, length,
                    "Withheld: another window's groups differ from these by fewer than the minimum group size."));
                continue;
            }

            var pre = await loader.LoadTiesAsync(org, length, anchor, ct);
            var post = await loader.LoadTiesAsync(org, length, anchor.AddDays(length), ct);
            var (preCross, preBreadth) = Outcomes(pre, departments);
            var (postCross, postBreadth) = Outcomes(post, departments);
            long Stratum(int p) => StratumOf(departments[p], org.PersonBand[p], hired[p], anchor);
            List<PersonOutcome> Of(IEnumerable<int> people, int[] before, int[] after) =>
                [.. people.Order().Select(p => new PersonOutcome(Stratum(p), before[p], after[p]))];
            var cross = DifferenceInDifferences.Estimate(Of(participants, preCross, postCross), Of(pool, preCross, postCross), options.K, Seed);
            var breadth = DifferenceInDifferences.Estimate(Of(participants, preBreadth, postBreadth), Of(pool, preBreadth, postBreadth), options.K, Seed);
            if (cross is null || breadth is null)
            {
                items.Add(ProgrammeImpact.NotShown(programme.Id, programme.Name, type, anchor, length,
                    $"Fewer than {options.K} participants or comparable non-participants share a department, level band and tenure band."));
                continue;
            }
            items.Add(new ProgrammeImpact(programme.Id, programme.Name, type, DateOnly.FromDateTime(anchor), length, false, null,
                cross.Participants, cross.Comparison, cross.Unmatched, R(cross.Did), R(cross.Low), R(cross.High),
                [ImpactOutcome.From("crossUnitTies", cross), ImpactOutcome.From("breadth", breadth)]));
        }
        audit.Add(actor, "insights.view", "programmes", $"window={days}d");
        await db.SaveChangesAsync(ct);
        return new ProgrammeImpactReport(days, options.K, Method, items);
    }

    static int Length(int days, DateTime anchor, DateTime now) => Math.Min(days, (int)Math.Floor((now - anchor).TotalDays));

    bool DifferencesOtherWindows(int days, DateTime anchor, DateTime now, HashSet<int> participants, List<int> pool,
        Func<int, (HashSet<int> Participants, List<int> Pool)> groups)
    {
        var poolSet = pool.ToHashSet();
        foreach (var other in InsightsWindow.Allowed)
        {
            var l = Length(other, anchor, now);
            if (other == days || l < MinimumDays) continue;
            var (p, c) = groups(l);
            if (TooClose(participants, p) || TooClose(poolSet, c.ToHashSet())) return true;
        }
        return false;
    }

    bool TooClose(HashSet<int> a, HashSet<int> b)
    {
        var difference = a.Count(x => !b.Contains(x)) + b.Count(x => !a.Contains(x));
        return difference > 0 && difference < options.K;
    }

    /// <summary>Per person: ties to people of another department, and how many other departments those are.</summary>
    public static (int[] CrossUnitTies, int[] Breadth) Outcomes(TieSet ties, int[] departments)
    {
        ArgumentNullException.ThrowIfNull(ties);
        ArgumentNullException.ThrowIfNull(departments);
        var g = ties.Graph;
        var cross = new int[g.NodeCount];
        var breadth = new int[g.NodeCount];
        var seen = new HashSet<int>();
        for (var v = 0; v < g.NodeCount; v++)
        {
            seen.Clear();
            foreach (var u in g.OutNeighbors(v))
            {
                if (departments[u] == departments[v]) continue;
                cross[v]++;
                seen.Add(departments[u]);
            }
            breadth[v] = seen.Count;
        }
        return (cross, breadth);
    }

    /// <summary>Department × level band × tenure band (under 1, 1–3, 3–10, 10+ years at the anchor, or unknown).</summary>
    public static long StratumOf(int department, int band, DateOnly? hired, DateTime anchor)
    {
        var tenure = hired is not { } h ? 0 : ((anchor - h.ToDateTime(TimeOnly.MinValue)).TotalDays / 365.25) switch
        {
            < 1 => 1,
            < 3 => 2,
            < 10 => 3,
            _ => 4,
        };
        return ((((long)department + 1) * 8) + band + 1) * 8 + tenure;
    }

    static double R(double value) => Math.Round(value, 4);
}
