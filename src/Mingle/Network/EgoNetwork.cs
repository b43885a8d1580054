using Microsoft.EntityFrameworkCore;
using Mingle.Data;

namespace Mingle.Network;

/// <summary>
/// The picture of my own network: me in the centre, the people in my network on a ring grouped and coloured by
/// unit, and a line between two of them only when they are mutual connections of each other. Nodes come from my
/// own entries only, and edges only from connections both sides confirmed, so nobody's private contacts appear
/// (DESIGN §3 rules 2 and 8). The layout is computed here so the page can draw it as plain SVG without script.
/// </summary>
public sealed class EgoNetwork(MingleDb db, MyNetwork network)
{
    /// <summary>More dots than this stop being readable on a ring; the strongest ties are kept.</summary>
    public const int MaxNodes = 60;

    /// <summary>Okabe–Ito colours (safe for colour-blind readers); units beyond these share the grey "other units".</summary>
    public static readonly IReadOnlyList<string> Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

    public const string OtherColour = "#8c8c8c";

    public const double Size = 440;

    const int NoUnit = -1;

    public async Task<EgoNetworkPicture> ForAsync(int me, CancellationToken ct)
    {
        var all = await network.ListAsync(me, new NetworkQuery(), ct);
        var shown = all.OrderByDescending(e => e.TieStrength).ThenBy(e => e.Person.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Person.Id).Take(MaxNodes).ToList();
        var ids = shown.Select(e => e.Person.Id).ToList();
        var rows = ids.Count < 2
            ? []
            : await db.NetworkEntries.AsNoTracking()
                .Where(e => e.Kind == NetworkEntryKind.Connection && ids.Contains(e.OwnerId) && ids.Contains(e.PersonId))
                .Select(e => new { e.OwnerId, e.PersonId }).ToListAsync(ct);
        var directed = rows.Select(r => (r.OwnerId, r.PersonId)).ToHashSet();
        // Mutual means both sides hold a Connection entry; a one-sided row is someone's private contact.
        var edges = directed.Where(d => d.OwnerId < d.PersonId && directed.Contains((d.PersonId, d.OwnerId)))
            .Select(d => new EgoEdge(d.OwnerId, d.PersonId)).OrderBy(e => e.From).ThenBy(e => e.To).ToList();

        var units = shown.GroupBy(e => e.Person.UnitId ?? NoUnit)
            .Select(g => (UnitId: g.Key, Name: g.First().Person.Unit ?? "No unit", Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var groups = new List<EgoGroup>();
        var groupOf = new Dictionary<int, int>();
        for (var i = 0; i < units.Count; i++)
        {
            if (i < Palette.Count)
            {
                groupOf[units[i].UnitId] = groups.Count;
                groups.Add(new EgoGroup(units[i].Name, Palette[i], units[i].Count));
            }
            else
            {
                if (groups.Count == Palette.Count) groups.Add(new EgoGroup("Other units", OtherColour, 0));
                groupOf[units[i].UnitId] = Palette.Count;
                groups[Palette.Count] = groups[Palette.Count] with { People = groups[Palette.Count].People + units[i].Count };
            }
        }

        // Same unit next to each other on the ring, so each colour forms an arc.
        var ring = shown.OrderBy(e => groupOf[e.Person.UnitId ?? NoUnit]).ThenBy(e => e.Person.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Person.Id).ToList();
        var centre = Size / 2;
        var radius = Size / 2 - 60;
        var nodes = ring.Select((e, i) =>
        {
            var angle = 2 * Math.PI * i / ring.Count - Math.PI / 2;
            return new EgoNode(e.Person.Id, e.Person.Name, e.Person.Unit, e.Kind, groupOf[e.Person.UnitId ?? NoUnit],
                Math.Round(centre + radius * Math.Cos(angle), 1), Math.Round(centre + radius * Math.Sin(angle), 1));
        }).ToList();
        return new EgoNetworkPicture(centre, centre, nodes, edges, groups, all.Count);
    }
}
