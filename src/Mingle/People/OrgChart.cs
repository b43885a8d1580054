using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;

namespace Mingle.People;

public sealed class OrgChart(MingleDb db)
{
    /// <summary>All units with their direct headcount and total headcount (incl. sub-units), in tree order.</summary>
    public async Task<IReadOnlyList<OrgUnitSummary>> ListAsync(CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking()
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, u.Depth, u.Function })
            .ToListAsync(ct);
        var direct = await db.People.AsNoTracking()
            .Where(p => p.Status == PersonStatus.Active && p.OrgUnitId != null)
            .GroupBy(p => p.OrgUnitId!.Value)
            .Select(g => new { UnitId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UnitId, x => x.Count, ct);
        var total = new Dictionary<int, int>();
        var byId = units.ToDictionary(u => u.Id);
        foreach (var u in units)
        {
            var count = direct.GetValueOrDefault(u.Id);
            for (int? id = u.Id; id is { } current; id = byId[current].ParentId)
                total[current] = total.GetValueOrDefault(current) + count;
        }
        return [.. units.OrderBy(u => u.Path, StringComparer.Ordinal)
            .Select(u => new OrgUnitSummary(u.Id, u.Name, u.Path, u.ParentId, u.Depth, OrgUnit.LevelName(u.Depth),
                u.Function, direct.GetValueOrDefault(u.Id), total.GetValueOrDefault(u.Id)))];
    }

    public async Task<OrgUnitDetail> GetAsync(int id, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new NotFoundException("org unit", id);
        var ancestors = new List<OrgUnitRef>();
        for (var parentId = unit.ParentId; parentId is { } pid;)
        {
            var parent = await db.OrgUnits.AsNoTracking().Where(u => u.Id == pid)
                .Select(u => new { u.Id, u.Name, u.ParentId }).SingleAsync(ct);
            ancestors.Insert(0, new OrgUnitRef(parent.Id, parent.Name));
            parentId = parent.ParentId;
        }
        var all = await ListAsync(ct);
        var children = all.Where(u => u.ParentId == id).ToList();
        var members = await db.People.AsNoTracking()
            .Where(p => p.OrgUnitId == id && p.Status == PersonStatus.Active)
            .OrderByDescending(p => p.Level).ThenBy(p => p.Name)
            .Select(p => new PersonSummary(p.Id, p.PreferredName ?? p.Name, p.Title, p.OrgUnitId, unit.Name,
                p.LocationId, p.Location!.Name, p.Level, p.PhotoUrl))
            .ToListAsync(ct);

        // The head is the member whose manager sits outside the unit (the most senior one if several);
        // the manager chain climbs from there to the top of the organisation.
        var memberIds = members.Select(m => m.Id).ToHashSet();
        var managers = await db.People.AsNoTracking().Where(p => p.OrgUnitId == id && p.Status == PersonStatus.Active)
            .Select(p => new { p.Id, p.ManagerId, p.Level }).ToListAsync(ct);
        var head = managers.Where(m => m.ManagerId is null || !memberIds.Contains(m.ManagerId.Value))
            .OrderByDescending(m => m.Level ?? 0).Select(m => (int?)m.Id).FirstOrDefault();
        var chain = new List<PersonRef>();
        var seen = new HashSet<int>();
        for (var current = head; current is { } cid && seen.Add(cid) && chain.Count < 30;)
        {
            var p = await db.People.AsNoTracking().Where(x => x.Id == cid)
                .Select(x => new { x.Id, Name = x.PreferredName ?? x.Name, x.Title, x.ManagerId }).SingleAsync(ct);
            chain.Add(new PersonRef(p.Id, p.Name, p.Title));
            current = p.ManagerId;
        }
        var summary = all.Single(u => u.Id == id);
        return new OrgUnitDetail(summary, ancestors, children, members, chain);
    }
}
