namespace Mingle.Insights;

/// <summary>
/// Privacy rule 1 for every group any view, filter or export can show, decided once for the whole organisation so
/// that every endpoint and filter combination agrees. A group is visible only when
/// <list type="number">
/// <item>it has at least k people;</item>
/// <item>for every visible group containing it, the people left over number 0 or at least k (else it is suppressed:
/// "the department minus this team" would be a group of fewer than k);</item>
/// <item>in the unit tree (and in each location's unit tree) every visible group's own remainder — its people not in any
/// visible group below it, which subtraction can always isolate — numbers 0 or at least k. When it does not, one of
/// the two is suppressed: a division (the level above the dashboard's default, departments) gives way, so
/// "division − its departments = the division head" removes the division; a department or the organisation keeps
/// itself and loses its smallest visible part;</item>
/// <item>the same for the organisation split by location and by level band, and a unit split by location.</item>
/// </list>
/// Groups with exactly the same members (a unit whose people all sit at one site, and that unit at that site; a team
/// that is its whole department) share one decision, found by a per-person random fingerprint summed per group, so
/// a group suppressed under one name cannot be read under another.
/// Membership comes from today's structure for every window, so the decision is the same across windows.
/// Suppression only ever grows, so the loop ends.
/// </summary>
public sealed class GroupVisibility
{
    readonly Dictionary<GroupKey, int> sizes = [];
    readonly Dictionary<GroupKey, ulong> fingerprints = [];
    readonly Dictionary<GroupKey, List<GroupKey>> supersets = [];
    readonly List<(GroupKey Parent, List<GroupKey> Parts)> splits = [];
    readonly Dictionary<GroupKey, GroupKey> treeParent = [];
    readonly Dictionary<GroupKey, int> depthOf = [];

    /// <summary>Where a remainder is too small, groups above this depth give way; at or below it, the smaller part does.</summary>
    public const int ProtectedDepth = NetworkInsights.BreadthDepth;
    readonly HashSet<GroupKey> visible = [];

    public GroupVisibility(OrgStructure org, int k)
    {
        K = k;
        Count(org);
        Relate(org);
        Decide();
    }

    public int K { get; }

    public bool IsVisible(GroupKey key) => visible.Contains(key);

    public int SizeOf(GroupKey key) => sizes.GetValueOrDefault(key);

    void Count(OrgStructure org)
    {
        var random = new Random(20261123);
        for (var p = 0; p < org.PeopleCount; p++)
        {
            var person = (ulong)random.NextInt64() ^ ((ulong)random.NextInt64() << 1);
            Increment(GroupKey.Organisation, person);
            var loc = org.PersonLocation[p];
            if (loc >= 0) Increment(GroupKey.OfLocation(loc), person);
            if (org.PersonBand[p] >= 0) Increment(GroupKey.OfBand(org.PersonBand[p]), person);
            var u = org.PersonUnit[p];
            if (u < 0) continue;
            foreach (var a in org.Ancestors[u])
            {
                Increment(GroupKey.OfUnit(a), person);
                if (loc >= 0) Increment(GroupKey.OfUnitAt(a, loc), person);
            }
        }
        if (!sizes.ContainsKey(GroupKey.Organisation)) sizes[GroupKey.Organisation] = 0;
    }

    void Increment(GroupKey key, ulong person)
    {
        sizes[key] = sizes.GetValueOrDefault(key) + 1;
        fingerprints[key] = unchecked(fingerprints.GetValueOrDefault(key) + person);
    }

    void Relate(OrgStructure org)
    {
        var locations = new List<GroupKey>();
        var bands = new List<GroupKey>();
        var unitSlices = new Dictionary<int, List<GroupKey>>();
        foreach (var key in sizes.Keys)
        {
            var up = new List<GroupKey>();
            switch (key.Kind)
            {
                case GroupKind.Unit:
                    up.Add(GroupKey.Organisation);
                    treeParent[key] = org.Units[key.Unit].Parent is >= 0 and var pu ? GroupKey.OfUnit(pu) : GroupKey.Organisation;
                    depthOf[key] = org.Units[key.Unit].Depth;
                    var chain = org.Ancestors[key.Unit];
                    for (var d = 0; d < chain.Length - 1; d++)
                    {
                        up.Add(GroupKey.OfUnit(chain[d]));
                    }
                    break;
                case GroupKind.Location:
                    up.Add(GroupKey.Organisation);
                    locations.Add(key);
                    break;
                case GroupKind.Band:
                    up.Add(GroupKey.Organisation);
                    bands.Add(key);
                    break;
                case GroupKind.UnitAtLocation:
                    up.Add(GroupKey.Organisation);
                    treeParent[key] = org.Units[key.Unit].Parent is >= 0 and var pl
                        ? GroupKey.OfUnitAt(pl, key.Location) : GroupKey.OfLocation(key.Location);
                    depthOf[key] = org.Units[key.Unit].Depth;
                    up.Add(GroupKey.OfLocation(key.Location));
                    var path = org.Ancestors[key.Unit];
                    for (var d = 0; d < path.Length; d++)
                    {
                        up.Add(GroupKey.OfUnit(path[d]));
                        if (d < path.Length - 1)
                        {
                            up.Add(GroupKey.OfUnitAt(path[d], key.Location));
                        }
                    }
                    if (!unitSlices.TryGetValue(key.Unit, out var slices)) unitSlices[key.Unit] = slices = [];
                    slices.Add(key);
                    break;
            }
            supersets[key] = up;
        }
        splits.Add((GroupKey.Organisation, locations));
        splits.Add((GroupKey.Organisation, bands));
        foreach (var (unit, slices) in unitSlices) splits.Add((GroupKey.OfUnit(unit), slices));
    }

    /// <summary>One pass of rule 3 over the unit trees; true when something was suppressed.</summary>
    bool TreeRemainders()
    {
        var covered = new Dictionary<GroupKey, int>();
        var parts = new Dictionary<GroupKey, List<GroupKey>>();
        foreach (var (node, _) in treeParent)
        {
            if (!visible.Contains(node)) continue;
            var a = treeParent[node];
            while (!visible.Contains(a) && treeParent.TryGetValue(a, out var next)) a = next;
            if (!visible.Contains(a)) continue; // an invisible root: nothing to subtract from
            covered[a] = covered.GetValueOrDefault(a) + SizeOf(node);
            if (!parts.TryGetValue(a, out var list)) parts[a] = list = [];
            list.Add(node);
        }
        var changed = false;
        var touched = new HashSet<GroupKey>(); // fix each neighbourhood once per pass; the next pass sees the result
        foreach (var (group, inside) in covered)
        {
            var remainder = SizeOf(group) - inside;
            if (remainder <= 0 || remainder >= K || !visible.Contains(group)) continue;
            if (touched.Contains(group) || parts[group].Any(touched.Contains)) continue;
            touched.Add(group);
            touched.UnionWith(parts[group]);
            if (treeParent.TryGetValue(group, out var above)) touched.Add(above);
            if (treeParent.ContainsKey(group) && depthOf[group] < ProtectedDepth && MergesCleanly(group, remainder, covered))
            {
                visible.Remove(group);
            }
            else
            {
                var smallest = parts[group].Where(visible.Contains).OrderBy(SizeOf).ThenBy(p => p.Unit).ThenBy(p => p.Location).First();
                visible.Remove(smallest);
            }
            changed = true;
        }
        return changed;
    }

    /// <summary>Dropping a group hands its remainder to the nearest visible group above; only worth it when that sum is at least k.</summary>
    bool MergesCleanly(GroupKey group, int remainder, Dictionary<GroupKey, int> covered)
    {
        var a = treeParent[group];
        while (!visible.Contains(a) && treeParent.TryGetValue(a, out var next)) a = next;
        if (!visible.Contains(a)) return true;
        return SizeOf(a) - covered.GetValueOrDefault(a) + remainder >= K;
    }

    void Decide()
    {
        if (SizeOf(GroupKey.Organisation) < K) return; // a tiny organisation shows nothing at all
        foreach (var (key, size) in sizes)
            if (size >= K) visible.Add(key);
        var twins = fingerprints.GroupBy(kv => (kv.Value, SizeOf(kv.Key))).Where(g => g.Count() > 1)
            .Select(g => g.Select(kv => kv.Key).ToList()).ToList();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var same in twins)
            {
                if (!same.Any(visible.Contains) || same.All(visible.Contains)) continue;
                foreach (var key in same) visible.Remove(key);
                changed = true;
            }
            foreach (var (key, ups) in supersets)
            {
                if (!visible.Contains(key)) continue;
                foreach (var up in ups)
                {
                    var leftOver = SizeOf(up) - SizeOf(key);
                    if (visible.Contains(up) && leftOver > 0 && leftOver < K)
                    {
                        // The same preference as for remainders: a division gives way to its department.
                        visible.Remove(depthOf.TryGetValue(up, out var d) && d < ProtectedDepth && SizeOf(key) >= K ? up : key);
                        changed = true;
                        break;
                    }
                }
            }
            changed |= TreeRemainders();
            foreach (var (parent, parts) in splits)
            {
                if (!visible.Contains(parent)) continue;
                var leftOver = SizeOf(parent) - parts.Where(visible.Contains).Sum(SizeOf);
                while (leftOver > 0 && leftOver < K)
                {
                    GroupKey? smallest = parts.Where(visible.Contains)
                        .OrderBy(SizeOf).ThenBy(p => p.Unit).ThenBy(p => p.Location).ThenBy(p => p.Band)
                        .Select(p => (GroupKey?)p).FirstOrDefault();
                    if (smallest is not { } part) break;
                    visible.Remove(part);
                    leftOver += SizeOf(part);
                    changed = true;
                }
            }
        }
    }
}
