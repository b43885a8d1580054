using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Graph;
using Mingle.Graph.Paths;
using Mingle.Network;
using Mingle.People;

namespace Mingle.Expertise;

/// <summary>
/// An immutable, in-memory picture of what the expertise finder and "people you should know" search: who declares
/// which skills (with level, can-teach, wants-to-learn), token postings for titles, offers and bios, interests,
/// mutual connections and the formal structure as one weighted graph for warm-introduction paths.
/// People are dense indexes 0..N-1 here (see <see cref="IndexOf"/>).
/// <para>Privacy (DESIGN §3 rule 8): the graph holds only mutual connections (both sides confirmed), the reporting
/// line and team membership. Private contacts, notes and logged interactions are never read into it; the load
/// signal counts only help recorded by the platform or imported metadata, never anyone's own log.</para>
/// </summary>
public sealed class ExpertiseSnapshot
{
    /// <summary>Edge costs on the path graph: a mutual connection or a reporting line is one step of cost 1;
    /// teammates meet through their team's hub node, 0.6 + 0.6 = 1.2 — a slightly weaker tie.</summary>
    public const double ConnectionCost = 1.0, ReportingCost = 1.0, TeamHalfCost = 0.6;

    /// <summary>At most <see cref="ExpertiseOptions.MaxPathSteps"/> steps: four team steps cost 4.8, five steps of
    /// any kind cost at least 5.</summary>
    public const double PathCutoff = ExpertiseOptions.MaxPathSteps * 2 * TeamHalfCost;

    readonly Dictionary<int, int> indexOf;
    readonly ConcurrentBag<BoundedDijkstra> searches = [];

    internal ExpertiseSnapshot(Parts p)
    {
        PersonIds = p.PersonIds;
        Names = p.Names;
        Titles = p.Titles;
        Unit = p.Unit;
        Location = p.Location;
        Manager = p.Manager;
        UnitNames = p.UnitNames;
        UnitDepartment = p.UnitDepartment;
        LocationNames = p.LocationNames;
        Skills = p.Skills;
        SkillHolders = p.SkillHolders;
        OfferSkills = p.OfferSkills;
        OfferTokens = p.OfferTokens;
        Offers = p.Offers;
        TitleTokens = p.TitleTokens;
        BioTokens = p.BioTokens;
        InterestNames = p.InterestNames;
        InterestHolders = p.InterestHolders;
        PersonInterestOffsets = p.PersonInterestOffsets;
        PersonInterests = p.PersonInterests;
        ConnectionOffsets = p.ConnectionOffsets;
        Connections = p.Connections;
        Load = p.Load;
        IntroductionsMade = p.IntroductionsMade;
        IntroductionTopicTokens = p.IntroductionTopicTokens;
        IntroductionConnectors = p.IntroductionConnectors;
        PathGraph = p.PathGraph;
        Stamp = p.Stamp;
        BuiltAt = p.BuiltAt;
        indexOf = new Dictionary<int, int>(PersonIds.Length);
        for (var i = 0; i < PersonIds.Length; i++) indexOf[PersonIds[i]] = i;
    }

    public int[] PersonIds { get; }
    public string[] Names { get; }
    public string?[] Titles { get; }
    /// <summary>Dense unit index per person, -1 if none.</summary>
    public int[] Unit { get; }
    public int[] Location { get; }
    /// <summary>Dense index of the manager, -1 if none.</summary>
    public int[] Manager { get; }
    public string[] UnitNames { get; }
    /// <summary>The department-level ancestor (depth ≤ 1) of each unit: the grain of "units my network lacks".</summary>
    public int[] UnitDepartment { get; }
    public string[] LocationNames { get; }
    public IReadOnlyList<SkillEntry> Skills { get; }
    public IReadOnlyDictionary<int, SkillHolder[]> SkillHolders { get; }
    /// <summary>Skill id → people with an offer tied to it.</summary>
    public IReadOnlyDictionary<int, int[]> OfferSkills { get; }
    public IReadOnlyDictionary<string, int[]> OfferTokens { get; }
    public IReadOnlyDictionary<int, OfferEntry[]> Offers { get; }
    public IReadOnlyDictionary<string, int[]> TitleTokens { get; }
    public IReadOnlyDictionary<string, int[]> BioTokens { get; }
    public IReadOnlyDictionary<int, string> InterestNames { get; }
    public IReadOnlyDictionary<int, int[]> InterestHolders { get; }
    public int[] PersonInterestOffsets { get; }
    public int[] PersonInterests { get; }
    /// <summary>Mutual connections only, as CSR over dense person indexes.</summary>
    public int[] ConnectionOffsets { get; }
    public int[] Connections { get; }
    /// <summary>Help given in the last 90 days as recorded by the platform or imported metadata (not private logs).</summary>
    public int[] Load { get; }
    /// <summary>Introductions made as connector, from platform-written Introduction interactions. Seam for the
    /// Introductions feature: once it writes an accepted introduction as such an interaction it counts here.</summary>
    public int[] IntroductionsMade { get; }
    /// <summary>Word → accepted introductions (indexes into <see cref="IntroductionConnectors"/>) whose reason holds it.</summary>
    public IReadOnlyDictionary<string, int[]> IntroductionTopicTokens { get; }
    /// <summary>The connector (dense index) of each accepted introduction.</summary>
    public int[] IntroductionConnectors { get; }
    /// <summary>People 0..N-1 then one hub node per unit; undirected, weights are costs.</summary>
    public Graph.Graph PathGraph { get; }
    public IndexStamp Stamp { get; }
    public DateTimeOffset BuiltAt { get; }

    public int Count => PersonIds.Length;

    public bool TryIndexOf(int personId, out int index) => indexOf.TryGetValue(personId, out index);

    public ReadOnlySpan<int> ConnectionsOf(int v) => Connections.AsSpan(ConnectionOffsets[v], ConnectionOffsets[v + 1] - ConnectionOffsets[v]);

    public ReadOnlySpan<int> InterestsOf(int v) => PersonInterests.AsSpan(PersonInterestOffsets[v], PersonInterestOffsets[v + 1] - PersonInterestOffsets[v]);

    public bool AreConnected(int a, int b) => ConnectionsOf(a).BinarySearch(b) >= 0;

    /// <summary>Shortest warm paths from <paramref name="from"/> to each target within <see cref="PathCutoff"/>,
    /// as dense person indexes (team hub nodes removed), keyed by target; unreachable targets are absent.</summary>
    public Dictionary<int, WarmPath> PathsFrom(int from, IReadOnlyCollection<int> targets)
    {
        if (!searches.TryTake(out var search)) search = new BoundedDijkstra(PathGraph);
        try
        {
            search.Run(from, PathCutoff, targets);
            var result = new Dictionary<int, WarmPath>();
            foreach (var t in targets)
            {
                var raw = search.PathTo(t);
                if (raw.Count == 0) continue;
                var people = new List<int>(raw.Count);
                var viaTeam = new List<bool>(raw.Count);
                foreach (var v in raw)
                {
                    if (v < Count) { people.Add(v); viaTeam.Add(false); }
                    else viaTeam[^1] = true; // the next step goes through this team's hub
                }
                result[t] = new WarmPath(people, viaTeam, search.Distance(t));
            }
            return result;
        }
        finally
        {
            searches.Add(search);
        }
    }

    public static async Task<IndexStamp> StampAsync(MingleDb db, CancellationToken ct)
    {
        var people = await db.People.CountAsync(ct);
        var peopleUpdated = await db.People.MaxAsync(p => (DateTime?)p.UpdatedAt, ct);
        var connections = await db.NetworkEntries.CountAsync(e => e.Kind == NetworkEntryKind.Connection, ct);
        var networkUpdated = await db.NetworkEntries.MaxAsync(e => (DateTime?)e.UpdatedAt, ct);
        var skills = await db.PersonSkills.CountAsync(ct);
        var offers = await db.Offers.CountAsync(ct);
        return new IndexStamp(people, peopleUpdated, connections, networkUpdated, skills, offers)
        {
            Endorsements = await db.Endorsements.CountAsync(ct),
            LastEndorsement = await db.Endorsements.MaxAsync(e => (int?)e.Id, ct),
            AcceptedIntroductions = await db.Introductions.CountAsync(i => i.AcceptedAt != null, ct),
        };
    }

    /// <summary>Reads everything the index needs in a handful of streaming queries.</summary>
    public static async Task<ExpertiseSnapshot> BuildAsync(MingleDb db, DateTimeOffset now, CancellationToken ct, Action<string>? phase = null)
    {
        phase ??= _ => { };
        var stamp = await StampAsync(db, ct);
        var p = new Parts { Stamp = stamp, BuiltAt = now };

        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Name, u.ParentId, u.Depth }).ToListAsync(ct);
        var unitIndex = new Dictionary<int, int>(units.Count);
        for (var i = 0; i < units.Count; i++) unitIndex[units[i].Id] = i;
        p.UnitNames = [.. units.Select(u => u.Name)];
        p.UnitDepartment = new int[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var u = i;
            while (units[u].Depth > 1 && units[u].ParentId is { } parent && unitIndex.TryGetValue(parent, out var up)) u = up;
            p.UnitDepartment[i] = u;
        }
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Id, l.Name }).ToListAsync(ct);
        var locationIndex = new Dictionary<int, int>(locations.Count);
        for (var i = 0; i < locations.Count; i++) locationIndex[locations[i].Id] = i;
        p.LocationNames = [.. locations.Select(l => l.Name)];

        var ids = new List<int>();
        var names = new List<string>();
        var titles = new List<string?>();
        var unit = new List<int>();
        var location = new List<int>();
        var managerIds = new List<int?>();
        var titleTokens = new Postings();
        var bioTokens = new Postings();
        await foreach (var row in db.People.AsNoTracking().Where(x => x.Status == PersonStatus.Active).OrderBy(x => x.Id)
            .Select(x => new { x.Id, x.Name, x.PreferredName, x.Title, x.OrgUnitId, x.LocationId, x.ManagerId, x.Bio })
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            var v = ids.Count;
            ids.Add(row.Id);
            names.Add(string.IsNullOrWhiteSpace(row.PreferredName) ? row.Name : row.PreferredName);
            titles.Add(row.Title);
            unit.Add(row.OrgUnitId is { } u && unitIndex.TryGetValue(u, out var ui) ? ui : -1);
            location.Add(row.LocationId is { } l && locationIndex.TryGetValue(l, out var li) ? li : -1);
            managerIds.Add(row.ManagerId);
            foreach (var t in TextTokens.Of(row.Title)) titleTokens.Add(t, v);
            foreach (var t in TextTokens.Of(row.Bio)) bioTokens.Add(t, v);
        }
        phase("people");
        p.PersonIds = [.. ids];
        var dense = new Dictionary<int, int>(ids.Count);
        for (var i = 0; i < ids.Count; i++) dense[ids[i]] = i;
        var n = ids.Count;
        p.Names = [.. names];
        p.Titles = [.. titles];
        p.Unit = [.. unit];
        p.Location = [.. location];
        p.Manager = [.. managerIds.Select(m => m is { } id && dense.TryGetValue(id, out var d) ? d : -1)];
        p.TitleTokens = titleTokens.Freeze();
        p.BioTokens = bioTokens.Freeze();

        var skills = await db.Skills.AsNoTracking().Include(s => s.Aliases).OrderBy(s => s.Id).ToListAsync(ct);
        p.Skills = [.. skills.Select(s => new SkillEntry(s.Id, s.Name, s.NormalizedName, [.. s.Aliases.Select(a => a.Alias)]))];
        var endorsements = new Dictionary<long, int>(PairComparer.Instance);
        await foreach (var e in db.Endorsements.AsNoTracking().GroupBy(e => new { e.PersonId, e.SkillId })
            .Select(g => new { g.Key.PersonId, g.Key.SkillId, Count = g.Count() }).AsAsyncEnumerable().WithCancellation(ct))
            endorsements[Pair(e.PersonId, e.SkillId)] = e.Count;
        var holders = new Dictionary<int, List<SkillHolder>>();
        await foreach (var s in db.PersonSkills.AsNoTracking()
            .Select(s => new { s.PersonId, s.SkillId, s.Level, s.CanTeach, s.WantsToLearn }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!dense.TryGetValue(s.PersonId, out var v)) continue;
            if (!holders.TryGetValue(s.SkillId, out var list)) holders[s.SkillId] = list = [];
            list.Add(new SkillHolder(v, (byte)Math.Clamp(s.Level, 0, 5), s.CanTeach, s.WantsToLearn,
                s.WantsToLearn ? 0 : endorsements.GetValueOrDefault(Pair(s.PersonId, s.SkillId))));
        }
        p.SkillHolders = holders.ToDictionary(h => h.Key, h => h.Value.ToArray());
        phase("skills");

        var offerSkills = new Postings<int>();
        var offerTokens = new Postings();
        var offers = new Dictionary<int, List<OfferEntry>>();
        await foreach (var o in db.Offers.AsNoTracking().Select(o => new { o.PersonId, o.Text, o.SkillId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!dense.TryGetValue(o.PersonId, out var v)) continue;
            if (!offers.TryGetValue(v, out var list)) offers[v] = list = [];
            var tokens = TextTokens.Of(o.Text);
            list.Add(new OfferEntry(o.Text, o.SkillId, tokens));
            if (o.SkillId is { } sid) offerSkills.Add(sid, v);
            foreach (var t in tokens) offerTokens.Add(t, v);
        }
        p.OfferSkills = offerSkills.Freeze();
        p.OfferTokens = offerTokens.Freeze();
        p.Offers = offers.ToDictionary(o => o.Key, o => o.Value.ToArray());
        phase("offers");

        p.InterestNames = await db.Interests.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var interestHolders = new Postings<int>();
        var personInterests = new List<(int Person, int Interest)>();
        await foreach (var i in db.PersonInterests.AsNoTracking().Select(i => new { i.PersonId, i.InterestId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!dense.TryGetValue(i.PersonId, out var v)) continue;
            interestHolders.Add(i.InterestId, v);
            personInterests.Add((v, i.InterestId));
        }
        p.InterestHolders = interestHolders.Freeze();
        (p.PersonInterestOffsets, p.PersonInterests) = Csr(n, personInterests);
        phase("interests");

        // Mutual connections: both owners hold an entry of kind Connection. A one-sided contact never counts.
        var oneWay = new HashSet<long>(PairComparer.Instance);
        await foreach (var e in db.NetworkEntries.AsNoTracking().Where(e => e.Kind == NetworkEntryKind.Connection)
            .Select(e => new { e.OwnerId, e.PersonId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (dense.TryGetValue(e.OwnerId, out var a) && dense.TryGetValue(e.PersonId, out var b) && a != b) oneWay.Add(Pair(a, b));
        }
        var connections = new List<(int, int)>();
        foreach (var key in oneWay)
        {
            var (a, b) = ((int)(key >> 32), (int)(key & 0xffffffff));
            if (oneWay.Contains(Pair(b, a))) connections.Add((a, b));
        }
        (p.ConnectionOffsets, p.Connections) = Csr(n, connections);
        phase("connections");

        // One pass over a year of non-private, one-way interactions: help given in the last 90 days is load, and
        // introductions made (written by the platform) are evidence.
        var since = now.UtcDateTime.AddDays(-90);
        var yearAgo = now.UtcDateTime.AddDays(-365);
        p.Load = new int[n];
        p.IntroductionsMade = new int[n];
        var given = db.Interactions.AsNoTracking()
            .Where(i => i.Source != InteractionSource.Logged && i.Direction == InteractionDirection.FromTo
                && (i.Type == InteractionType.Help || i.Type == InteractionType.HelpGiven || i.Type == InteractionType.Advice
                    || i.Type == InteractionType.Mentoring || i.Type == InteractionType.Introduction));
        // SQLite's planner takes the OccurredAt index even when the year covers most rows, turning one sequential
        // scan (0.8 s at 5.4M rows) into millions of random reads (30 s); there the date is checked in memory.
        if (db.IsPostgres) given = given.Where(i => i.OccurredAt >= yearAgo);
        await foreach (var h in given.Select(i => new { i.FromPersonId, i.Type, i.Source, i.OccurredAt, i.Count })
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (h.OccurredAt < yearAgo || !dense.TryGetValue(h.FromPersonId, out var v)) continue;
            if (h.Type == InteractionType.Introduction)
            {
                if (h.Source == InteractionSource.Platform) p.IntroductionsMade[v]++;
            }
            else if (h.OccurredAt >= since)
            {
                p.Load[v] += h.Count;
            }
        }
        // Accepted introductions as evidence on their topic: the words of the connector's own reason, indexed per
        // introduction, so a query can count the introductions a person made about it (see docs/expertise.md).
        var introductionTokens = new Postings();
        var introductionConnectors = new List<int>();
        await foreach (var i in db.Introductions.AsNoTracking().Where(i => i.AcceptedAt != null).OrderBy(i => i.Id)
            .Select(i => new { i.ConnectorId, i.Reason }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!dense.TryGetValue(i.ConnectorId, out var v)) continue;
            foreach (var t in TextTokens.Of(i.Reason)) introductionTokens.Add(t, introductionConnectors.Count);
            introductionConnectors.Add(v);
        }
        p.IntroductionTopicTokens = introductionTokens.Freeze();
        p.IntroductionConnectors = [.. introductionConnectors];
        phase("load and introductions");
        var graph = new GraphBuilder(directed: false, weighted: true);
        graph.EnsureNodes(n + units.Count);
        var edges = new HashSet<long>(PairComparer.Instance);
        for (var v = 0; v < n; v++)
        {
            if (p.Unit[v] >= 0) graph.AddEdge(v, n + p.Unit[v], TeamHalfCost);
            var m = p.Manager[v];
            if (m >= 0 && m != v && edges.Add(Pair(Math.Min(v, m), Math.Max(v, m)))) graph.AddEdge(v, m, ReportingCost);
        }
        foreach (var (a, b) in connections)
        {
            if (a < b && edges.Add(Pair(a, b))) graph.AddEdge(a, b, ConnectionCost);
        }
        p.PathGraph = graph.Build();
        phase("path graph");
        return new ExpertiseSnapshot(p);
    }

    static long Pair(int a, int b) => ((long)a << 32) | (uint)b;

    /// <summary>long.GetHashCode is hi ^ lo, so (a, b) and (b, a) — and every pair with the same a ^ b — collide;
    /// a multiplicative mix keeps person-pair sets linear.</summary>
    sealed class PairComparer : IEqualityComparer<long>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)((ulong)obj * 0x9E3779B97F4A7C15UL >> 32);
    }

    /// <summary>Symmetric CSR (each pair listed once is stored both ways when it came from a one-way list of pairs
    /// that already holds both directions, as connections do); rows sorted for binary search.</summary>
    static (int[] Offsets, int[] Targets) Csr(int n, List<(int From, int To)> pairs)
    {
        var offsets = new int[n + 1];
        foreach (var (a, _) in pairs) offsets[a + 1]++;
        for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];
        var targets = new int[pairs.Count];
        var fill = (int[])offsets.Clone();
        foreach (var (a, b) in pairs) targets[fill[a]++] = b;
        for (var v = 0; v < n; v++) Array.Sort(targets, offsets[v], offsets[v + 1] - offsets[v]);
        return (offsets, targets);
    }

    sealed class Postings : Postings<string>;

    class Postings<TKey> where TKey : notnull
    {
        readonly Dictionary<TKey, List<int>> lists = [];

        public void Add(TKey key, int person)
        {
            if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
            if (list.Count == 0 || list[^1] != person) list.Add(person);
        }

        /// <summary>Sorted, distinct person indexes per key (people were added in index order).</summary>
        public Dictionary<TKey, int[]> Freeze() => lists.ToDictionary(l => l.Key, l => l.Value.Distinct().Order().ToArray());
    }

    internal sealed class Parts
    {
        public int[] PersonIds = [];
        public string[] Names = [];
        public string?[] Titles = [];
        public int[] Unit = [];
        public int[] Location = [];
        public int[] Manager = [];
        public string[] UnitNames = [];
        public int[] UnitDepartment = [];
        public string[] LocationNames = [];
        public IReadOnlyList<SkillEntry> Skills = [];
        public IReadOnlyDictionary<int, SkillHolder[]> SkillHolders = new Dictionary<int, SkillHolder[]>();
        public IReadOnlyDictionary<int, int[]> OfferSkills = new Dictionary<int, int[]>();
        public IReadOnlyDictionary<string, int[]> OfferTokens = new Dictionary<string, int[]>();
        public IReadOnlyDictionary<int, OfferEntry[]> Offers = new Dictionary<int, OfferEntry[]>();
        public IReadOnlyDictionary<string, int[]> TitleTokens = new Dictionary<string, int[]>();
        public IReadOnlyDictionary<string, int[]> BioTokens = new Dictionary<string, int[]>();
        public IReadOnlyDictionary<int, string> InterestNames = new Dictionary<int, string>();
        public IReadOnlyDictionary<int, int[]> InterestHolders = new Dictionary<int, int[]>();
        public int[] PersonInterestOffsets = [0];
        public int[] PersonInterests = [];
        public int[] ConnectionOffsets = [0];
        public int[] Connections = [];
        public int[] Load = [];
        public int[] IntroductionsMade = [];
        public IReadOnlyDictionary<string, int[]> IntroductionTopicTokens = new Dictionary<string, int[]>();
        public int[] IntroductionConnectors = [];
        public Graph.Graph PathGraph = new GraphBuilder(false, true).Build();
        public IndexStamp Stamp = new(0, null, 0, null, 0, 0);
        public DateTimeOffset BuiltAt;
    }
}
