using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Network;
using Mingle.People;

namespace Mingle.Insights;

/// <summary>
/// Reads what a window's network needs straight into int arrays: active people, the org tree, locations, the
/// window's interactions (imported, logged and platform-made: coffee chats, introductions, mentoring and kudos all
/// arrive as interactions) and mutual connections. Rows are streamed untracked and projected to ints, so 5 million
/// interactions never exist as entities.
/// </summary>
public sealed class InsightsLoader(MingleDb db, InsightsOptions options)
{
    public async Task<(OrgStructure Org, TieSet Ties)> LoadAsync(int windowDays, DateTime windowEnd, CancellationToken ct)
    {
        var org = await LoadStructureAsync(ct);
        var index = new int[org.PeopleCount == 0 ? 1 : org.PersonIds[^1] + 1];
        Array.Fill(index, -1);
        for (var p = 0; p < org.PeopleCount; p++) index[org.PersonIds[p]] = p;
        int IndexOf(int id) => (uint)id < (uint)index.Length ? index[id] : -1;

        var ties = new TieAccumulator(org.PeopleCount, windowDays, options);
        var start = windowEnd.AddDays(-windowDays);
        var endTicks = windowEnd.Ticks;
        var rows = db.Interactions.AsNoTracking()
            .Where(i => i.OccurredAt >= start && i.OccurredAt < windowEnd)
            .Select(i => new { i.FromPersonId, i.ToPersonId, i.OccurredAt, i.Type });
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var from = IndexOf(r.FromPersonId);
            var to = IndexOf(r.ToPersonId);
            if (from < 0 || to < 0) continue; // someone who left
            ties.AddInteraction(from, to, (int)((endTicks - r.OccurredAt.Ticks) / TimeSpan.TicksPerDay), r.Type);
        }
        var connections = db.NetworkEntries.AsNoTracking()
            .Where(e => e.Kind == NetworkEntryKind.Connection)
            .Select(e => new { e.OwnerId, e.PersonId });
        await foreach (var c in connections.AsAsyncEnumerable().WithCancellation(ct))
        {
            var a = IndexOf(c.OwnerId);
            var b = IndexOf(c.PersonId);
            // Each side of a connection has its own entry; one is enough, and a duplicate would double the weight.
            if (a >= 0 && b >= 0 && c.OwnerId < c.PersonId) ties.AddConnection(a, b);
        }
        return (org, ties.Build());
    }

    public async Task<OrgStructure> LoadStructureAsync(CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, u.Depth }).ToListAsync(ct);
        var unitIndex = new Dictionary<int, int>(units.Count);
        for (var i = 0; i < units.Count; i++) unitIndex[units[i].Id] = i;
        var unitInfos = units.Select(u => new UnitInfo(u.Id, u.Name, u.Path,
            u.ParentId is { } parent && unitIndex.TryGetValue(parent, out var pi) ? pi : -1, u.Depth)).ToArray();
        // Depth is stored; recompute from the parent chain so a tree edited by hand cannot disagree with itself.
        unitInfos = FixDepths(unitInfos);
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Id, l.Name }).ToListAsync(ct);
        var locationIndex = new Dictionary<int, int>(locations.Count);
        for (var i = 0; i < locations.Count; i++) locationIndex[locations[i].Id] = i;

        var ids = new List<int>();
        var unitOf = new List<int>();
        var locationOf = new List<int>();
        var levelOf = new List<int>();
        var people = db.People.AsNoTracking().Where(p => p.Status == PersonStatus.Active).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.OrgUnitId, p.LocationId, p.Level });
        await foreach (var p in people.AsAsyncEnumerable().WithCancellation(ct))
        {
            ids.Add(p.Id);
            unitOf.Add(p.OrgUnitId is { } u && unitIndex.TryGetValue(u, out var ui) ? ui : -1);
            locationOf.Add(p.LocationId is { } l && locationIndex.TryGetValue(l, out var li) ? li : -1);
            levelOf.Add(p.Level ?? 0);
        }
        return new OrgStructure([.. ids], [.. unitOf], [.. locationOf], [.. levelOf], unitInfos,
            [.. locations.Select(l => new LocationInfo(l.Id, l.Name))]);
    }

    static UnitInfo[] FixDepths(UnitInfo[] units)
    {
        var result = new UnitInfo[units.Length];
        for (var u = 0; u < units.Length; u++)
        {
            var depth = 0;
            for (var a = units[u].Parent; a >= 0 && depth <= units.Length; a = units[a].Parent) depth++;
            result[u] = units[u] with { Depth = depth };
        }
        return result;
    }
}
