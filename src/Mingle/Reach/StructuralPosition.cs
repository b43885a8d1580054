using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Graph;
using Mingle.Graph.StructuralHoles;
using Mingle.Network;
using Mingle.People;

namespace Mingle.Reach;

/// <summary>
/// My ego network's effective size and constraint, for me only. The ego network is me, everyone in my network and
/// the ties among them that reveal nothing private (DESIGN §3 rule 8): mutual connections between two of my
/// contacts, the same team, and manager/report. Never their one-sided contacts, notes or logged interactions.
/// </summary>
public sealed class StructuralPosition(MingleDb db)
{
    public async Task<PositionReport> ForAsync(int me, CancellationToken ct)
    {
        var alters = await (from e in db.NetworkEntries.AsNoTracking()
                            join p in db.People.AsNoTracking() on e.PersonId equals p.Id
                            where e.OwnerId == me && p.Status == PersonStatus.Active
                            select new { p.Id, p.OrgUnitId, p.ManagerId }).ToListAsync(ct);
        var ids = alters.Select(a => a.Id).ToList();
        var mutual = await db.NetworkEntries.AsNoTracking()
            .Where(e => e.Kind == NetworkEntryKind.Connection && ids.Contains(e.OwnerId) && ids.Contains(e.PersonId))
            .Select(e => new { e.OwnerId, e.PersonId }).ToListAsync(ct);
        var directed = mutual.Select(m => (m.OwnerId, m.PersonId)).ToHashSet();

        var pairs = new HashSet<(int, int)>();
        void Tie(int a, int b)
        {
            if (a != b) pairs.Add(a < b ? (a, b) : (b, a));
        }
        // Mutual means both sides hold a Connection entry; a one-sided row is someone's private contact.
        foreach (var (owner, person) in directed)
            if (directed.Contains((person, owner))) Tie(owner, person);
        var present = ids.ToHashSet();
        foreach (var group in alters.Where(a => a.OrgUnitId != null).GroupBy(a => a.OrgUnitId))
        {
            var members = group.Select(a => a.Id).ToList();
            for (var i = 0; i < members.Count; i++)
                for (var j = i + 1; j < members.Count; j++) Tie(members[i], members[j]);
        }
        foreach (var a in alters)
            if (a.ManagerId is { } manager && present.Contains(manager)) Tie(a.Id, manager);

        var widen = await WidenReachAsync(me, alters.Select(a => a.OrgUnitId), ct);
        var n = alters.Count;
        if (n == 0)
            return new PositionReport(0, 0, null, null, null,
                ["Your network is empty, so there is no position to describe yet: add colleagues you know to My network."], widen);

        var builder = new GraphBuilder(directed: false, weighted: false);
        var node = new Dictionary<int, int> { [me] = builder.AddNode(me.ToString(CultureInfo.InvariantCulture)) };
        foreach (var id in ids) node[id] = builder.AddNode(id.ToString(CultureInfo.InvariantCulture));
        foreach (var id in ids) builder.AddEdgeBetween(node[me], node[id]);
        foreach (var (a, b) in pairs) builder.AddEdgeBetween(node[a], node[b]);
        var graph = builder.Build();
        var effective = EffectiveSize.Compute(graph, useWeights: false, ct)[node[me]];
        var constraint = Constraint.Compute(graph, useWeights: false, ct)[node[me]];
        double? density = n < 2 ? null : pairs.Count / (n * (n - 1) / 2.0);
        return new PositionReport(n, pairs.Count, density is null ? null : Math.Round(density.Value, 4), Math.Round(effective, 4),
            Math.Round(constraint, 4), Explain(n, pairs.Count, density, effective, constraint), widen);
    }

    static List<string> Explain(int n, int ties, double? density, double effective, double constraint)
    {
        var f = CultureInfo.InvariantCulture;
        var lines = new List<string>();
        if (density is null)
            lines.Add("You have one contact in your network; add more to see how they connect.");
        else if (density >= 0.5)
            lines.Add($"Most of your contacts know each other ({ties} of {n * (n - 1) / 2} possible pairs are tied): a close-knit network, "
                + "good for trust and support, but it tends to bring you the same news twice.");
        else if (density <= 0.2)
            lines.Add($"Most of your contacts do not know each other ({ties} of {n * (n - 1) / 2} possible pairs are tied): you bridge "
                + "separate groups, which brings varied information and chances to connect people.");
        else
            lines.Add($"Some of your contacts know each other ({ties} of {n * (n - 1) / 2} possible pairs are tied).");
        lines.Add(string.Create(f, $"Your {n} {(n == 1 ? "contact works" : "contacts work")} like {effective:0.#} independent one{(Math.Abs(effective - 1) < 0.05 ? "" : "s")} (effective size)."));
        lines.Add(constraint >= 0.5
            ? string.Create(f, $"Your constraint is high ({constraint:0.00}): your time goes to a few contacts who are tied to each other; one new contact outside that circle would widen your reach.")
            : string.Create(f, $"Your constraint is low ({constraint:0.00}): no single closed group holds your network."));
        return lines;
    }

    /// <summary>The largest departments (at least the minimum group size) where none of my contacts works.</summary>
    async Task<List<ReachSuggestion>> WidenReachAsync(int me, IEnumerable<int?> alterUnits, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Path, u.Name, u.Depth }).ToListAsync(ct);
        var byId = units.ToDictionary(u => u.Id);
        var byPath = units.ToDictionary(u => u.Path, StringComparer.Ordinal);
        int Department(int unitId)
        {
            var parts = byId[unitId].Path.Split('/');
            return parts.Length >= 2 && byPath.TryGetValue($"{parts[0]}/{parts[1]}", out var d) ? d.Id : unitId;
        }
        var mine = await db.People.Where(p => p.Id == me).Select(p => p.OrgUnitId).SingleAsync(ct);
        var covered = alterUnits.Append(mine).Where(u => u != null).Select(u => Department(u!.Value)).ToHashSet();
        var sizes = await db.People.AsNoTracking().Where(p => p.Status == PersonStatus.Active && p.OrgUnitId != null)
            .GroupBy(p => p.OrgUnitId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return sizes.GroupBy(s => Department(s.Key)).Select(g => new { Id = g.Key, Count = g.Sum(s => s.Count) })
            .Where(d => d.Count >= NetworkDiversity.MinimumGroupSize && !covered.Contains(d.Id))
            .OrderByDescending(d => d.Count).ThenBy(d => byId[d.Id].Path, StringComparer.Ordinal).Take(3)
            .Select(d => new ReachSuggestion(d.Id, byId[d.Id].Path.Replace("/", " / ", StringComparison.Ordinal), d.Count)).ToList();
    }
}
