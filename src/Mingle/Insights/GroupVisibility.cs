namespace Mingle.Insights;

/// <summary>
/// Privacy rule 1 for every group any view, filter or export can show, decided once for the whole organisation so
/// that every endpoint and filter combination agrees. A group is visible only when
/// <list type="number">
/// <item>it has at least k people;</item>
/// <item>for every visible group containing it, the people left over number 0 or at least k (else it is suppressed:
/// "the department minus this team" would be a group of fewer than k);</item>
/// <item>for every visible group and every way of splitting it into visible parts (its units at one depth, its
/// locations, its level bands, a location's units at one depth), the people not covered by a visible part number 0
/// or at least k — otherwise the smallest visible part is suppressed too, until they do.</item>
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
        var byParentDepth = new Dictionary<(GroupKey, int), List<GroupKey>>();
        void Part(GroupKey parent, int depth, GroupKey part)
        {
            if (!byParentDepth.TryGetValue((parent, depth), out var list)) byParentDepth[(parent, depth)] = list = [];
            list.Add(part);
        }
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
                    var chain = org.Ancestors[key.Unit];
                    for (var d = 0; d < chain.Length - 1; d++)
                    {
                        up.Add(GroupKey.OfUnit(chain[d]));
                        Part(GroupKey.OfUnit(chain[d]), chain.Length - 1, key);
                    }
                    Part(GroupKey.Organisation, chain.Length - 1, key);
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
                    up.Add(GroupKey.OfLocation(key.Location));
                    var path = org.Ancestors[key.Unit];
                    for (var d = 0; d < path.Length; d++)
                    {
                        up.Add(GroupKey.OfUnit(path[d]));
                        if (d < path.Length - 1)
                        {
                            up.Add(GroupKey.OfUnitAt(path[d], key.Location));
                            Part(GroupKey.OfUnitAt(path[d], key.Location), path.Length - 1, key);
                        }
                    }
                    Part(GroupKey.OfLocation(key.Location), path.Length - 1, key);
                    if (!unitSlices.TryGetValue(key.Unit, out var slices)) unitSlices[key.Unit] = slices = [];
                    slices.Add(key);
                    break;
            }
            supersets[key] = up;
        }
        foreach (var ((parent, _), parts) in byParentDepth) splits.Add((parent, parts));
        splits.Add((GroupKey.Organisation, locations));
        splits.Add((GroupKey.Organisation, bands));
        foreach (var (unit, slices) in unitSlices) splits.Add((GroupKey.OfUnit(unit), slices));
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
                        visible.Remove(key);
                        changed = true;
                        break;
                    }
                }
            }
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
