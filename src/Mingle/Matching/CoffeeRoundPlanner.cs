using System.Globalization;
using Mingle.Graph.Matching;
using GraphBuilder = Mingle.Graph.GraphBuilder;
using TieGraph = Mingle.Graph.Graph;

namespace Mingle.Matching;

/// <summary>
/// Plans one coffee round. Never looks at all pairs: each person gets a few candidates drawn from a sample of the
/// organisation (for the silo-aware strategy half of the sample comes from the departments their own department
/// talks to least), every candidate already obeying the hard rules. The candidate graph then gets a maximum-weight
/// matching from Mingle.Graph: the exact blossom algorithm (maximum cardinality first) up to
/// <see cref="MaxWeightMatching.RecommendedMaxNodes"/> people, the fast approximate one above. People the matching
/// leaves out are paired among themselves where the rules allow, then join an existing pair as a trio.
/// </summary>
public static class CoffeeRoundPlanner
{

    public static CoffeeRoundPlan Plan(CoffeeRoundRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var round = new Round(request, cancellationToken);
        round.Stage("setup", clock);
        return round.Plan(clock);
    }

    /// <summary>The weight the rules give a pair (without the within-round spreading); for tests and previews.</summary>
    internal static double PairWeight(CoffeeRoundRequest request, int personA, int personB) =>
        new Round(request, CancellationToken.None).WeightOf(personA, personB);

    /// <summary>Whether the hard rules allow the pair.</summary>
    internal static bool IsAllowed(CoffeeRoundRequest request, int personA, int personB) =>
        new Round(request, CancellationToken.None).AllowedFor(personA, personB);

    sealed class Round
    {
        readonly CoffeeRoundRequest request;
        readonly CoffeeRules rules;
        readonly CancellationToken ct;
        readonly CoffeeParticipant[] people;
        readonly List<int> skipped = [];
        readonly HashSet<long> blocks = new(PairKey.Comparer);
        readonly Random rng;
        readonly int[] departmentIndex;
        readonly int[][] membersByDepartment;
        readonly int[][] quietDepartments;
        // Hot-path caches: silo score per department pair (dense indexes) and shared working minutes per pair of
        // distinct UTC offsets; both small (departments² and offsets²).
        readonly float[] siloScores = [];
        readonly int departmentCount;
        readonly int[] offsetIndex;
        readonly int[] overlapMinutes;
        readonly int offsetCount;

        public Round(CoffeeRoundRequest request, CancellationToken ct)
        {
            this.request = request;
            rules = request.Rules;
            this.ct = ct;
            rng = new Random(request.Seed);
            var eligible = new List<CoffeeParticipant>(request.People.Count);
            var seen = new HashSet<int>();
            foreach (var p in request.People)
            {
                if (!seen.Add(p.PersonId)) throw new ArgumentException($"Person {p.PersonId} appears twice.", nameof(request));
                if (p.MeetingsLeft <= 0) skipped.Add(p.PersonId);
                else eligible.Add(p);
            }
            people = [.. eligible];
            foreach (var p in people)
                foreach (var b in p.Blocks)
                    blocks.Add(PairKey.Of(p.PersonId, b));

            // Departments as dense indexes, their members, and (silo-aware only) the departments each talks to least.
            var index = new Dictionary<int, int>();
            departmentIndex = new int[people.Length];
            var members = new List<List<int>>();
            for (var i = 0; i < people.Length; i++)
            {
                if (!index.TryGetValue(people[i].Department, out var d))
                {
                    index[people[i].Department] = d = index.Count;
                    members.Add([]);
                }
                departmentIndex[i] = d;
                members[d].Add(i);
            }
            membersByDepartment = [.. members.Select(m => m.ToArray())];
            departmentCount = index.Count;
            if (request.Strategy == CoffeeStrategy.SiloAware && (long)departmentCount * departmentCount <= 16_000_000)
            {
                var ids = new int[departmentCount];
                foreach (var (id, d) in index) ids[d] = id;
                siloScores = new float[departmentCount * departmentCount];
                for (var x = 0; x < departmentCount; x++)
                    for (var y = 0; y < departmentCount; y++)
                        siloScores[x * departmentCount + y] = (float)request.Density.SiloScore(ids[x], ids[y]);
            }
            var offsets = new Dictionary<int, int>();
            offsetIndex = new int[people.Length];
            for (var i = 0; i < people.Length; i++)
            {
                if (!offsets.TryGetValue(people[i].UtcOffsetMinutes, out var o)) offsets[people[i].UtcOffsetMinutes] = o = offsets.Count;
                offsetIndex[i] = o;
            }
            offsetCount = offsets.Count;
            overlapMinutes = new int[offsetCount * offsetCount];
            foreach (var (ma, a) in offsets)
                foreach (var (mb, b) in offsets)
                    overlapMinutes[a * offsetCount + b] = WorkingHours.OverlapMinutes(ma, mb);
            quietDepartments = request.Strategy == CoffeeStrategy.SiloAware ? QuietDepartments(index) : [];
        }

        /// <summary>For each department, the other departments with the lowest silo-aware density: the half with
        /// the highest silo score (at least one), ties broken at random so no department is always first.</summary>
        int[][] QuietDepartments(Dictionary<int, int> index)
        {
            var ids = new int[index.Count];
            foreach (var (id, d) in index) ids[d] = id;
            var result = new int[ids.Length][];
            var scores = new double[ids.Length];
            var order = new int[ids.Length];
            for (var d = 0; d < ids.Length; d++)
            {
                ct.ThrowIfCancellationRequested();
                for (var e = 0; e < ids.Length; e++)
                {
                    order[e] = e;
                    scores[e] = e == d ? double.MaxValue : -request.Density.SiloScore(ids[d], ids[e]) + rng.NextDouble() * 1e-6;
                }
                var keys = (double[])scores.Clone();
                var o = (int[])order.Clone();
                Array.Sort(keys, o);
                var take = Math.Max(1, (ids.Length - 1) / 2);
                result[d] = o.Take(Math.Min(take, ids.Length - 1)).ToArray();
            }
            return result;
        }

        readonly Dictionary<string, long> stageMs = [];

        /// <summary>Adds the time since the last stage to <paramref name="name"/> and restarts the clock.</summary>
        internal void Stage(string name, System.Diagnostics.Stopwatch clock)
        {
            stageMs[name] = stageMs.GetValueOrDefault(name) + clock.ElapsedMilliseconds;
            clock.Restart();
        }

        System.Diagnostics.Stopwatch? timer;

        void Stage(string name)
        {
            if (timer is not null) Stage(name, timer);
        }

        public CoffeeRoundPlan Plan(System.Diagnostics.Stopwatch clock)
        {
            timer = clock;
            var plan = PlanGroups();
            Stage("result");
            return plan with { StageMs = stageMs };
        }

        CoffeeRoundPlan PlanGroups()
        {
            var n = people.Length;
            if (request.Strategy == CoffeeStrategy.Random) return Lottery();
            var everyone = Enumerable.Range(0, n).ToArray();
            var groups = new List<List<int>>();
            var groupOf = new int[n];
            Array.Fill(groupOf, -1);
            // Trios: hold out a third of the people (fewer when the count leaves one over: two pairs beat a four),
            // pair the rest, then each held-out person joins a pair where the rules allow them with both.
            var thirds = new List<int>();
            if (rules.GroupSize == 3 && n >= 3)
            {
                var order = (int[])everyone.Clone();
                rng.Shuffle(order);
                thirds.AddRange(order.Take(n / 3 - (n % 3 == 1 ? 1 : 0)));
                foreach (var v in thirds) groupOf[v] = int.MaxValue; // placed later
            }
            var bridged = request.Strategy == CoffeeStrategy.SiloAware && rules.BridgeUnconnectedPairs && thirds.Count == 0
                ? BridgeUnconnectedDepartments(groups, groupOf) : [];
            Stage("bridge");
            var (edgeCount, exact) = MatchAmong(bridged.Count == 0 && thirds.Count == 0 ? everyone : [.. everyone.Where(v => groupOf[v] < 0)],
                quiet: true, groups, groupOf, bridged);
            // The approximate matching leaves a few percent out: match them among themselves (a smaller, sparse
            // problem again, exact once small enough) before anyone is made a third.
            for (var pass = 0; pass < 3; pass++)
            {
                var rest = everyone.Where(v => groupOf[v] < 0).ToArray();
                if (rest.Length < 2) break;
                var (edges, _) = MatchAmong(rest, quiet: false, groups, groupOf);
                edgeCount += edges;
                if (edges == 0) break;
            }
            var unmatched = everyone.Where(v => groupOf[v] < 0).ToList();
            PairLeftovers(unmatched, groups, groupOf);
            Stage("pair-leftovers");
            foreach (var v in thirds) groupOf[v] = -1;
            var left = JoinTrios([.. thirds, .. unmatched], groups, groupOf);
            Stage("trios");
            return Result(groups, left, edgeCount, exact);
        }

        CoffeeRoundPlan Lottery()
        {
            var order = Enumerable.Range(0, people.Length).ToArray();
            rng.Shuffle(order);
            var groups = new List<List<int>>();
            for (var k = 0; k + 1 < order.Length; k += 2) groups.Add([order[k], order[k + 1]]);
            var left = new List<int>();
            if (order.Length % 2 == 1)
            {
                if (groups.Count > 0) groups[^1].Add(order[^1]);
                else left.Add(order[^1]);
            }
            return Result(groups, left, 0, exact: false);
        }

        /// <summary>Matches the given people (indexes) among themselves on a sparse candidate graph and records the
        /// pairs; returns the candidate edge count and whether the exact matching was used.</summary>
        (int Edges, bool Exact) MatchAmong(int[] nodes, bool quiet, List<List<int>> groups, int[] groupOf,
            Dictionary<long, int>? claimed = null)
        {
            var (graph, edges) = CandidateGraph(nodes, quiet, claimed);
            Stage(quiet ? "candidates" : "leftover-candidates");
            ct.ThrowIfCancellationRequested();
            // Leftover passes only use the exact matching when tiny: a leftover graph is far from perfectly
            // matchable, which is the blossom algorithm's slow case.
            var exact = nodes.Length <= (quiet ? MaxWeightMatching.RecommendedMaxNodes : 1000);
            var mate = (exact ? MaxWeightMatching.Find(graph, maxCardinality: true, ct) : ApproximateMatching.Find(graph, ct)).Mate;
            Stage(quiet ? "matching" : "leftover-matching");
            for (var v = 0; v < nodes.Length; v++)
            {
                if (mate[v] <= v) continue;
                int a = nodes[v], b = nodes[mate[v]];
                groupOf[a] = groupOf[b] = groups.Count;
                groups.Add([a, b]);
            }
            return (edges, exact);
        }

        (TieGraph Graph, int Edges) CandidateGraph(int[] nodes, bool quiet, Dictionary<long, int>? claimed)
        {
            var n = nodes.Length;
            var builder = new GraphBuilder(directed: false, weighted: true);
            builder.EnsureNodes(n);
            var added = new HashSet<long>(PairKey.Comparer);
            var k = rules.CandidatesPerPerson;
            var bestJ = new int[k];
            var bestW = new double[k];
            var sampledBy = new int[people.Length]; // sampledBy[j] == li + 1: j already looked at for this person

            // Within one round a second pair between the same two quiet departments connects nothing new, so each
            // candidate already kept for a department pair lowers the silo bonus of the next one: candidates spread
            // over many quiet pairs and the matching can connect many of them at once.
            var claims = claimed is null ? new Dictionary<long, int>(PairKey.Comparer) : new Dictionary<long, int>(claimed, PairKey.Comparer);
            var local = new int[people.Length]; // index in nodes + 1; 0 = not in this problem (placed already)
            for (var x = 0; x < n; x++) local[nodes[x]] = x + 1;
            for (var li = 0; li < n; li++)
            {
                var i = nodes[li];
                if ((li & 1023) == 0) ct.ThrowIfCancellationRequested();
                var count = 0;
                for (var s = 0; s < rules.SamplesPerPerson && n > 1; s++)
                {
                    var j = quiet ? Sample(i, s) : nodes[rng.Next(n)];
                    if (j < 0 || j == i || local[j] == 0 || sampledBy[j] == li + 1 || (sampledBy[j] = li + 1) == 0 || !Allowed(i, j)) continue;
                    var w = Weight(i, j, claims);
                    // Keep the k heaviest: insertion into a small sorted array.
                    if (count < k) count++;
                    else if (w <= bestW[k - 1]) continue;
                    var pos = count - 1;
                    while (pos > 0 && bestW[pos - 1] < w)
                    {
                        bestW[pos] = bestW[pos - 1];
                        bestJ[pos] = bestJ[pos - 1];
                        pos--;
                    }
                    bestW[pos] = w;
                    bestJ[pos] = j;
                }
                for (var c = 0; c < count; c++)
                {
                    if (!added.Add(PairKey.Of(i, bestJ[c]))) continue;
                    builder.AddEdgeBetween(li, local[bestJ[c]] - 1, bestW[c]);
                    if (rules.SpreadQuietPairs && request.Strategy == CoffeeStrategy.SiloAware && departmentIndex[i] != departmentIndex[bestJ[c]])
                    {
                        var pair = PairKey.Of(departmentIndex[i], departmentIndex[bestJ[c]]);
                        claims[pair] = claims.GetValueOrDefault(pair) + 1;
                    }
                }
            }
            return (builder.Build(), added.Count);
        }

        /// <summary>
        /// The coverage rule: a round's first meeting between two departments with no tie at all connects them, a
        /// second one connects nothing new. So before the matching, each such pair of departments gets one meeting of
        /// its own where the hard rules allow one: pairs involving the smallest departments first (a one-person unit
        /// can bridge only one pair per round, a large one many), a few random tries per pair among the people not yet
        /// placed. Returns the bridged department pairs (dense indexes) so the matching spreads over the others.
        /// </summary>
        Dictionary<long, int> BridgeUnconnectedDepartments(List<List<int>> groups, int[] groupOf)
        {
            const int TriesPerPair = 12;
            var bridged = new Dictionary<long, int>(PairKey.Comparer);
            if (siloScores.Length == 0 || departmentCount < 2) return bridged;
            var open = new List<(int X, int Y, double Key)>();
            for (var x = 0; x < departmentCount; x++)
                for (var y = x + 1; y < departmentCount; y++)
                    if (siloScores[x * departmentCount + y] >= 1)
                        open.Add((x, y, Scarcity(membersByDepartment[x].Length, membersByDepartment[y].Length) + rng.NextDouble()));
            if (open.Count > people.Length / 2) return bridged;
            open.Sort((p, q) => p.Key.CompareTo(q.Key));
            // Unplaced members of each department: the first free[d] entries of a shuffled copy (swap-remove).
            var pool = new int[departmentCount][];
            var free = new int[departmentCount];
            var slot = new int[people.Length];
            for (var d = 0; d < departmentCount; d++)
            {
                pool[d] = (int[])membersByDepartment[d].Clone();
                rng.Shuffle(pool[d]);
                free[d] = pool[d].Length;
                for (var k = 0; k < pool[d].Length; k++) slot[pool[d][k]] = k;
            }
            void Take(int v)
            {
                var d = departmentIndex[v];
                var last = pool[d][--free[d]];
                pool[d][slot[v]] = last;
                slot[last] = slot[v];
                pool[d][free[d]] = v;
                slot[v] = free[d];
            }
            // Only where unconnected pairs are scarcer than the round's meetings: where they are plentiful, the
            // matching's weights (and the spreading of candidates) already make nearly every meeting a new connection.
            if (open.Count > people.Length / 2) return bridged;
            // Bridging pairs of each department, for "3 where it helps" (BridgeTrios).
            var pairsOf = new List<int>[departmentCount];
            bool Open(int x, int y) => x != y && siloScores[x * departmentCount + y] >= 1 && !bridged.ContainsKey(PairKey.Of(x, y));
            bool TryPair(int x, int y)
            {
                for (var t = 0; t < TriesPerPair && free[x] > 0 && free[y] > 0; t++)
                {
                    var a = pool[x][rng.Next(free[x])];
                    var b = pool[y][rng.Next(free[y])];
                    if (!Allowed(a, b)) continue;
                    Take(a);
                    Take(b);
                    (pairsOf[x] ??= []).Add(groups.Count);
                    (pairsOf[y] ??= []).Add(groups.Count);
                    groupOf[a] = groupOf[b] = groups.Count;
                    groups.Add([a, b]);
                    bridged[PairKey.Of(x, y)] = 1;
                    return true;
                }
                return false;
            }
            // Department x has nobody left to bridge with y: one of x's bridging pairs takes a third person from y,
            // preferring a pair whose other member's department has no tie with y either (three pairs at once).
            bool TryTrio(int x, int y)
            {
                if (free[x] > 0 || free[y] == 0 || pairsOf[x] is not { Count: > 0 } candidates) return false;
                foreach (var bonusFirst in (bool[])[true, false])
                {
                    foreach (var gi in candidates)
                    {
                        var g = groups[gi];
                        if (g.Count != 2) continue;
                        // hub: the member from x, the department with no tie to either other.
                        var hub = departmentIndex[g[0]] == x ? g[0] : g[1];
                        var other = departmentIndex[hub == g[0] ? g[1] : g[0]];
                        if (bonusFirst != Open(other, y)) continue;
                        for (var t = 0; t < TriesPerPair && free[y] > 0; t++)
                        {
                            var c = pool[y][rng.Next(free[y])];
                            if (!Allowed(c, g[0]) || !Allowed(c, g[1])) continue;
                            Take(c);
                            g.Add(c);
                            groupOf[c] = gi;
                            // In the first pass the other two departments had no tie either: all three pairs bridged.
                            bridgeTrios[g] = (hub, bonusFirst);
                            if (bonusFirst) bridged[PairKey.Of(other, y)] = 1;
                            bridged[PairKey.Of(x, y)] = 1;
                            return true;
                        }
                    }
                }
                return false;
            }
            foreach (var (x, y, _) in open)
            {
                ct.ThrowIfCancellationRequested();
                if (!Open(x, y) || TryPair(x, y) || !rules.BridgeTrios) continue;
                _ = TryTrio(x, y) || TryTrio(y, x);
            }
            return bridged;
        }

        /// <summary>Groups made three by <see cref="CoffeeRules.BridgeTrios"/> (not to take in an odd person out).</summary>
        readonly Dictionary<List<int>, (int Hub, bool AllThree)> bridgeTrios = new(ReferenceEqualityComparer.Instance);

        /// <summary>Bridging order: pairs with a small department first (it can bridge few pairs per round), and
        /// among those the partner with most people (two one-person units meeting use up both for one pair).</summary>
        static double Scarcity(int sizeA, int sizeB) => Math.Min(sizeA, sizeB) * 1_000_000.0 - Math.Max(sizeA, sizeB);

        /// <summary>The s-th person looked at for i: for the silo-aware strategy every other draw is from a quiet
        /// department, the rest uniformly from everyone. −1 when the draw hits i.</summary>
        int Sample(int i, int s)
        {
            int j;
            if (request.Strategy == CoffeeStrategy.SiloAware && (s & 1) == 0 && quietDepartments.Length > 0)
            {
                var quiet = quietDepartments[departmentIndex[i]];
                if (quiet.Length == 0) return -1;
                var members = membersByDepartment[quiet[rng.Next(quiet.Length)]];
                j = members[rng.Next(members.Length)];
            }
            else
            {
                j = rng.Next(people.Length);
            }
            return j == i ? -1 : j;
        }

        /// <summary>The hard rules of the strategy.</summary>
        bool Allowed(int i, int j)
        {
            if (i == j) return false;
            var a = people[i];
            var b = people[j];
            var key = PairKey.Of(a.PersonId, b.PersonId);
            if (blocks.Contains(key) || request.RecentPairs.Contains(key)) return false;
            if (request.Strategy == CoffeeStrategy.CrossUnit) return a.Department != b.Department;
            if (Array.IndexOf(a.ManagerChain, b.PersonId) >= 0 || Array.IndexOf(b.ManagerChain, a.PersonId) >= 0) return false;
            if (a.Level is { } la && b.Level is { } lb && Math.Abs(la - lb) > rules.MaxLevelGap) return false;
            return overlapMinutes[offsetIndex[i] * offsetCount + offsetIndex[j]] >= rules.MinOverlapHours * 60;
        }

        double Weight(int i, int j, Dictionary<long, int>? claims = null)
        {
            var a = people[i];
            var b = people[j];
            if (request.Strategy == CoffeeStrategy.CrossUnit)
                return 1 + Jitter(PairKey.Of(a.PersonId, b.PersonId)); // any cross-department pair, at random
            var w = rules.BaseWeight;
            if (a.Department != b.Department)
            {
                var silo = siloScores.Length > 0
                    ? siloScores[departmentIndex[i] * departmentCount + departmentIndex[j]]
                    : request.Density.SiloScore(a.Department, b.Department);
                if (claims is not null) silo /= 1 + claims.GetValueOrDefault(PairKey.Of(departmentIndex[i], departmentIndex[j]));
                w += rules.CrossUnitWeight + rules.SiloWeight * silo;
            }
            else if (a.Unit != b.Unit)
                w += rules.CrossUnitWeight / 2;
            if (a.Location != b.Location) w += rules.CrossLocationWeight;
            if (a.Level is { } la && b.Level is { } lb && rules.MaxLevelGap > 0)
                w += rules.CrossLevelWeight * Math.Min(1.0, Math.Abs(la - lb) / (double)rules.MaxLevelGap);
            w += rules.SharedInterestWeight * Math.Min(3, SharedInterestCount(a, b));
            return w;
        }

        /// <summary>A pair's fixed pseudo-random number in [0, 1), the same from both ends.</summary>
        double Jitter(long pair)
        {
            var h = (ulong)pair * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)request.Seed * 0xC2B2AE3D27D4EB4FUL;
            h ^= h >> 31;
            h *= 0xBF58476D1CE4E5B9UL;
            h ^= h >> 29;
            return (h >> 11) * (1.0 / (1UL << 53));
        }

        static int SharedInterestCount(CoffeeParticipant a, CoffeeParticipant b)
        {
            var count = 0;
            foreach (var x in a.Interests)
                if (Array.IndexOf(b.Interests, x) >= 0) count++;
            return count;
        }

        static IEnumerable<int> SharedInterests(CoffeeParticipant a, CoffeeParticipant b)
        {
            if (a.Interests.Length == 0 || b.Interests.Length == 0) yield break;
            foreach (var x in a.Interests)
                if (Array.IndexOf(b.Interests, x) >= 0) yield return x;
        }

        /// <summary>Pairs up people the matching left out with each other, best weight first.</summary>
        void PairLeftovers(List<int> unmatched, List<List<int>> groups, int[] groupOf)
        {
            // Quadratic in the leftovers only, which are few (the exact matching leaves at most the candidate
            // graph's deficiency, the approximate one a small share); the cap keeps a pathological round bounded.
            if (unmatched.Count < 2 || unmatched.Count > 5000) return;
            for (var x = 0; x < unmatched.Count; x++)
            {
                var i = unmatched[x];
                if (groupOf[i] >= 0) continue;
                var best = -1;
                var bestWeight = double.MinValue;
                for (var y = x + 1; y < unmatched.Count; y++)
                {
                    var j = unmatched[y];
                    if (groupOf[j] >= 0 || !Allowed(i, j)) continue;
                    var w = Weight(i, j);
                    if (w > bestWeight)
                    {
                        bestWeight = w;
                        best = j;
                    }
                }
                if (best < 0) continue;
                groupOf[i] = groupOf[best] = groups.Count;
                groups.Add([i, best]);
            }
            unmatched.RemoveAll(v => groupOf[v] >= 0);
        }

        /// <summary>Each remaining person joins a pair both of whose members they may meet; returns who is left.</summary>
        List<int> JoinTrios(List<int> unmatched, List<List<int>> groups, int[] groupOf)
        {
            var left = new List<int>();
            if (unmatched.Count == 0) return left;
            var start = groups.Count == 0 ? 0 : rng.Next(groups.Count);
            foreach (var v in unmatched)
            {
                var joined = false;
                for (var step = 0; step < Math.Min(groups.Count, 4000) && !joined; step++)
                {
                    var g = groups[(start + step) % groups.Count];
                    if (g.Count != 2 || !Allowed(v, g[0]) || !Allowed(v, g[1])) continue;
                    g.Add(v);
                    groupOf[v] = groupOf[g[0]];
                    joined = true;
                    start = (start + step + 1) % groups.Count; // the next one looks on from here, not over full groups
                }
                if (!joined && !JoinByRepair(v, groups, groupOf)) left.Add(v);
            }
            return left;
        }

        /// <summary>No pair takes v as a third: v takes the place of b in some pair (v, a) and b joins another pair
        /// (or, when b has no room either, nothing changes).</summary>
        bool JoinByRepair(int v, List<List<int>> groups, int[] groupOf)
        {
            // Bounded: a person nobody may meet (everyone is in their report chain) must not cost a quadratic scan.
            const int MaxTries = 2000;
            var offset = groups.Count == 0 ? 0 : rng.Next(groups.Count);
            for (var tx = 0; tx < Math.Min(groups.Count, MaxTries); tx++)
            {
                var x = (offset + tx) % groups.Count;
                var g = groups[x];
                if (g.Count != 2) continue;
                for (var side = 0; side < 2; side++)
                {
                    int a = g[side], b = g[1 - side];
                    if (!Allowed(v, a)) continue;
                    for (var ty = 0; ty < Math.Min(groups.Count, MaxTries); ty++)
                    {
                        var y = (offset + groups.Count / 2 + ty) % groups.Count;
                        var h = groups[y];
                        if (y == x || h.Count != 2 || !Allowed(b, h[0]) || !Allowed(b, h[1])) continue;
                        g[1 - side] = v;
                        groupOf[v] = x;
                        h.Add(b);
                        groupOf[b] = y;
                        return true;
                    }
                }
            }
            return false;
        }

        internal double WeightOf(int personA, int personB) => Weight(IndexOf(personA), IndexOf(personB));

        internal bool AllowedFor(int personA, int personB) => Allowed(IndexOf(personA), IndexOf(personB));

        int IndexOf(int personId) => Array.FindIndex(people, p => p.PersonId == personId);

        CoffeeRoundPlan Result(List<List<int>> groups, List<int> left, int edges, bool exact)
        {
            var result = new List<CoffeeGroup>(groups.Count);
            var repeats = 0;
            foreach (var g in groups)
            {
                double weight = 0;
                for (var x = 0; x < g.Count; x++)
                {
                    for (var y = x + 1; y < g.Count; y++)
                    {
                        weight += request.Strategy == CoffeeStrategy.Random ? 0 : Weight(g[x], g[y]);
                        if (request.RecentPairs.Contains(PairKey.Of(people[g[x]].PersonId, people[g[y]].PersonId))) repeats++;
                    }
                }
                result.Add(new CoffeeGroup([.. g.Select(v => people[v].PersonId)], weight, Explain(g)));
            }
            return new CoffeeRoundPlan(result, [.. left.Select(v => people[v].PersonId)], skipped, edges, exact, repeats);
        }

        /// <summary>One sentence from the formal structure and public profile interests only (privacy rule 8).</summary>
        string Explain(List<int> g)
        {
            var a = people[g[0]];
            var b = people[g[1]];
            if (bridgeTrios.TryGetValue(g, out var trio))
            {
                string? Name(int v) => request.DepartmentNames?.GetValueOrDefault(people[v].Department);
                if (trio.AllThree)
                {
                    var names = g.Select(Name).ToList();
                    var all = names.All(x => x is not null) ? $" ({names[0]}, {names[1]} and {names[2]})" : "";
                    return $"Three of you this time: your three units have not been in touch lately{all}, and one meeting connects them all.";
                }
                var others = g.Where(v => v != trio.Hub).ToList();
                return Name(trio.Hub) is { } hub && Name(others[0]) is { } first && Name(others[1]) is { } second
                    ? $"Three of you this time: {hub} has not been in touch lately with {first} or {second}, and one meeting connects it with both."
                    : "Three of you this time: one of you works in a unit that has not been in touch lately with either of the others' units, and one meeting connects it with both.";
            }
            var reasons = new List<string>();
            switch (request.Strategy)
            {
                case CoffeeStrategy.Random:
                    reasons.Add("drawn by lottery");
                    break;
                case CoffeeStrategy.CrossUnit:
                    reasons.Add($"you work in different departments{Names(request.DepartmentNames, a.Department, b.Department)}");
                    break;
                default:
                    if (a.Department != b.Department)
                    {
                        var silo = request.Density.SiloScore(a.Department, b.Department);
                        var units = Names(request.DepartmentNames, a.Department, b.Department);
                        reasons.Add(silo >= 1 ? $"you work in units that have not been in touch lately{units}"
                            : silo >= 0.25 ? $"you work in units that rarely talk{units}"
                            : $"you work in different departments{units}");
                    }
                    else if (a.Unit != b.Unit)
                    {
                        reasons.Add("you work in different teams of the same department");
                    }
                    if (a.Location != b.Location)
                        reasons.Add($"you are based in different places{Names(request.LocationNames, a.Location, b.Location)}");
                    var shared = SharedInterests(a, b).Take(2)
                        .Select(x => request.InterestNames?.GetValueOrDefault(x)).OfType<string>().ToList();
                    if (shared.Count > 0) reasons.Add($"you both like {string.Join(" and ", shared)}");
                    if (reasons.Count == 0) reasons.Add("your working hours overlap and you have not met in a while");
                    break;
            }
            var sentence = string.Join("; ", reasons);
            sentence = char.ToUpper(sentence[0], CultureInfo.InvariantCulture) + sentence[1..] + ".";
            return g.Count == 3 && rules.GroupSize == 2 ? sentence + " Three of you this time, so nobody is left out." : sentence;
        }

        static string Names(IReadOnlyDictionary<int, string>? names, int a, int b) =>
            names is not null && names.TryGetValue(a, out var x) && names.TryGetValue(b, out var y) ? $" ({x} and {y})" : "";
    }
}
