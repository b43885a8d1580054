using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.People;

namespace Mingle.Reach;

/// <summary>
/// "How diverse is my network?" for me only (privacy rule 2): my network entries (contacts and connections)
/// grouped by function, unit (department), location, level relative to mine and tenure, against the organisation's
/// own mix, with a normalised score and plain-language suggestions. The organisation's mix comes from grouped
/// counts (never a list of people) and hides groups below the minimum group size (privacy rule 1).
/// </summary>
public sealed class NetworkDiversity(MingleDb db, TimeProvider clock)
{
    /// <summary>DESIGN §3 rule 1's default k.</summary>
    public const int MinimumGroupSize = 5;

    /// <summary>An organisation group at least this large that none of my ties is in gets a suggestion.</summary>
    public const double SuggestFromShare = 0.05;

    public const string Method =
        "Per dimension: normalised Shannon entropy H/ln K of my ties' shares (K = groups the organisation has), and Blau's index 1 − Σp². "
        + "The overall score is the mean over dimensions with data.";

    static readonly string[] LevelGroups = ["2+ levels above", "1 level above", "same level", "1 level below", "2+ levels below"];
    static readonly string[] TenureGroups = ["under 1 year", "1–3 years", "3–10 years", "10+ years"];

    public async Task<DiversityReport> ForAsync(int me, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var myLevel = await db.People.Where(p => p.Id == me).Select(p => p.Level).SingleAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Path, u.Name, u.Function }).ToListAsync(ct);
        var byPath = units.ToDictionary(u => u.Path, StringComparer.Ordinal);
        var unitInfo = units.ToDictionary(u => u.Id, u => (Function: u.Function ?? Root(u.Path), Department: DepartmentName(u.Path, byPath)));
        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);

        var ties = await (from e in db.NetworkEntries.AsNoTracking()
                          join p in db.People.AsNoTracking() on e.PersonId equals p.Id
                          where e.OwnerId == me && p.Status == PersonStatus.Active
                          select new { p.OrgUnitId, p.LocationId, p.Level, p.HireDate }).ToListAsync(ct);

        var active = db.People.AsNoTracking().Where(p => p.Status == PersonStatus.Active && p.Id != me);
        var orgByUnit = await active.Where(p => p.OrgUnitId != null).GroupBy(p => p.OrgUnitId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var orgByLocation = await active.Where(p => p.LocationId != null).GroupBy(p => p.LocationId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var orgByLevel = await active.Where(p => p.Level != null).GroupBy(p => p.Level!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var orgByHire = await active.Where(p => p.HireDate != null).GroupBy(p => p.HireDate!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        var dimensions = new List<DiversityDimension>
        {
            Dimension("function",
                ties.Where(t => t.OrgUnitId != null).Select(t => unitInfo[t.OrgUnitId!.Value].Function),
                orgByUnit.Select(g => (unitInfo[g.Key].Function, g.Count)), null),
            Dimension("unit",
                ties.Where(t => t.OrgUnitId != null).Select(t => unitInfo[t.OrgUnitId!.Value].Department),
                orgByUnit.Select(g => (unitInfo[g.Key].Department, g.Count)), null),
            Dimension("location",
                ties.Where(t => t.LocationId != null).Select(t => locations[t.LocationId!.Value]),
                orgByLocation.Select(g => (locations[g.Key], g.Count)), null),
            Dimension("level",
                myLevel is null ? [] : ties.Where(t => t.Level != null).Select(t => LevelGroup(t.Level!.Value - myLevel.Value)),
                myLevel is null ? [] : orgByLevel.Select(g => (LevelGroup(g.Key - myLevel.Value), g.Count)), LevelGroups),
            Dimension("tenure",
                ties.Where(t => t.HireDate != null).Select(t => TenureGroup(t.HireDate!.Value, today)),
                orgByHire.Select(g => (TenureGroup(g.Key, today), g.Count)), TenureGroups),
        };

        var levelled = myLevel is null ? [] : ties.Where(t => t.Level != null).ToList();
        var horizontal = levelled.Count(t => t.Level == myLevel);
        var withData = dimensions.Where(d => d.Known > 0).ToList();
        return new DiversityReport(ties.Count, withData.Count == 0 ? 0 : Math.Round(withData.Average(d => d.Score), 4), dimensions,
            levelled.Count - horizontal, horizontal, Suggestions(ties.Count, dimensions, myLevel), Method);
    }

    static DiversityDimension Dimension(string name, IEnumerable<string> mine, IEnumerable<(string Group, int Count)> organisation,
        string[]? order)
    {
        var myCounts = mine.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var orgCounts = organisation.GroupBy(o => o.Group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count), StringComparer.Ordinal);
        var known = myCounts.Values.Sum();
        double orgTotal = orgCounts.Values.Sum();
        var groups = orgCounts.Keys.Union(myCounts.Keys, StringComparer.Ordinal).ToList();
        var shares = groups
            .Select(g => new DiversityShare(g, myCounts.GetValueOrDefault(g), known == 0 ? 0 : Math.Round((double)myCounts.GetValueOrDefault(g) / known, 4),
                orgCounts.GetValueOrDefault(g) >= MinimumGroupSize ? Math.Round(orgCounts[g] / orgTotal, 4) : null))
            .OrderBy(s => order is null ? 0 : Array.IndexOf(order, s.Group))
            .ThenByDescending(s => s.Ties).ThenByDescending(s => s.OrganisationShare ?? 0).ThenBy(s => s.Group, StringComparer.Ordinal)
            .ToList();
        var k = groups.Count;
        return new DiversityDimension(name, known,
            Math.Round(DiversityMath.NormalisedEntropy(myCounts.Values, k), 4),
            Math.Round(DiversityMath.Blau(myCounts.Values), 4),
            Math.Round(DiversityMath.NormalisedEntropy(orgCounts.Values, k), 4),
            shares);
    }

    static List<string> Suggestions(int ties, List<DiversityDimension> dimensions, int? myLevel)
    {
        if (ties == 0) return ["Your network is empty: add colleagues you know to My network to see how far it reaches."];
        var result = new List<string>();
        foreach (var d in dimensions)
        {
            var missing = d.Shares.Where(s => s.Ties == 0 && s.OrganisationShare >= SuggestFromShare)
                .OrderByDescending(s => s.OrganisationShare).Take(3);
            foreach (var s in missing)
            {
                var pct = (s.OrganisationShare!.Value * 100).ToString("0", CultureInfo.InvariantCulture);
                result.Add(d.Name switch
                {
                    "function" => $"No one in {s.Group} ({pct}% of the organisation).",
                    "unit" => $"No one in {s.Group} ({pct}% of the organisation).",
                    "location" => $"No one in {s.Group} ({pct}% of the organisation).",
                    "level" => s.Group == "same level" ? "No one at your own level: peers are good sounding boards."
                        : $"No one {s.Group.Replace("2+ levels", "two or more levels", StringComparison.Ordinal)} you.",
                    _ => $"No one with {s.Group} at the company ({pct}% of the organisation).",
                });
            }
        }
        if (myLevel is null) result.Add("Your level is not on record, so the vertical spread of your network cannot be shown.");
        if (result.Count == 0) result.Add("Your network reaches every sizeable part of the organisation. Keep it up.");
        return result;
    }

    static string LevelGroup(int difference) => difference switch
    {
        >= 2 => LevelGroups[0],
        1 => LevelGroups[1],
        0 => LevelGroups[2],
        -1 => LevelGroups[3],
        _ => LevelGroups[4],
    };

    static string TenureGroup(DateOnly hired, DateOnly today)
    {
        var days = today.DayNumber - hired.DayNumber;
        return days < 365 ? TenureGroups[0] : days < 3 * 365 ? TenureGroups[1] : days < 10 * 365 ? TenureGroups[2] : TenureGroups[3];
    }

    static string Root(string path) => path.Split('/')[0];

    /// <summary>The department (second level of the tree) a unit belongs to, or the division itself for people placed at the top.</summary>
    static string DepartmentName<T>(string path, Dictionary<string, T> byPath)
    {
        var parts = path.Split('/');
        var department = parts.Length >= 2 ? $"{parts[0]}/{parts[1]}" : parts[0];
        return byPath.ContainsKey(department) ? department.Replace("/", " / ", StringComparison.Ordinal) : path;
    }
}
