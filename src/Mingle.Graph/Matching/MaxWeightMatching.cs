namespace Mingle.Graph.Matching;

/// <summary>
/// Exact maximum-weight matching on a general undirected graph: Edmonds' blossom algorithm with the primal-dual
/// method, O(n³), following Galil's exposition ("Efficient algorithms for finding maximum matching in graphs",
/// 1986) and the structure of Van Rantwijk's implementation that networkx's <c>max_weight_matching</c> also uses.
/// With <c>maxCardinality</c> it returns the heaviest among the maximum-cardinality matchings.
/// Dual variables are kept doubled so that integer (and float, i.e. dyadic) weights stay exact in double.
/// Directed graphs are rejected; self-loops are ignored.
/// Cost: there are up to n/2 stages and each restarts the search from every free vertex, so in practice the time
/// grows like n·m (measured on 2 shared cores, random graphs of average degree 20, weights 1..99: 2,000 nodes
/// ≈ 0.7 s, 5,000 ≈ 1 s, 20,000 ≈ 18 s; 100,000 nodes / 1M edges is out of reach). Above
/// <see cref="RecommendedMaxNodes"/> use <see cref="ApproximateMatching"/>.
/// </summary>
public static class MaxWeightMatching
{
    /// <summary>Largest node count for which the exact algorithm typically finishes within a few seconds.</summary>
    public const int RecommendedMaxNodes = 5000;

    public static MatchingResult Find(Graph graph, bool maxCardinality = false, CancellationToken cancellationToken = default)
    {
        var edges = MatchingEdges.From(graph);
        var n = graph.NodeCount;
        var mate = new int[n];
        Array.Fill(mate, -1);
        if (edges.Count == 0) return new MatchingResult(mate, 0);
        var solver = new Blossom(n, edges, maxCardinality, cancellationToken);
        solver.Solve();
        double total = 0;
        for (var k = 0; k < edges.Count; k++)
        {
            if (solver.PartnerOf(edges.U[k]) == edges.V[k] && mate[edges.U[k]] < 0)
            {
                mate[edges.U[k]] = edges.V[k];
                mate[edges.V[k]] = edges.U[k];
                total += edges.W[k];
            }
        }
        return new MatchingResult(mate, total);
    }

    /// <summary>
    /// Solver state. Edge k has endpoints 2k (its first vertex) and 2k+1 (its second); "p ^ 1" is the other end.
    /// Blossoms are numbered n..2n−1 after the n vertices. Labels: 0 free, 1 S (outer), 2 T (inner);
    /// bit 4 marks a breadcrumb while scanning. mate[v] holds the remote endpoint of v's matched edge.
    /// </summary>
    sealed class Blossom
    {
        readonly int n;
        readonly int edgeCount;
        readonly int[] eu;
        readonly int[] ev;
        readonly double[] ew;
        readonly bool maxCardinality;
        readonly CancellationToken cancellationToken;
        readonly int[] endpoint;
        readonly int[] neighbourStart;
        readonly int[] neighbourEnd; // remote endpoints of the edges at each vertex
        readonly int[] mate;
        readonly int[] label;
        readonly int[] labelEnd;
        readonly int[] inBlossom;
        readonly int[] blossomParent;
        readonly List<int>?[] blossomChildren;
        readonly int[] blossomBase;
        readonly List<int>?[] blossomEndpoints;
        readonly int[] bestEdge;
        readonly List<int>?[] blossomBestEdges;
        readonly Stack<int> unusedBlossoms = new();
        readonly double[] dual;
        // allowEdge[k] == currentStage marks edge k allowable in this stage; a new stage forgets all in O(1).
        readonly int[] allowEdge;
        int currentStage;
        readonly List<int> queue = [];
        readonly List<int> leaves = [];
        readonly Stack<int> leafStack = new();

        public Blossom(int n, MatchingEdges edges, bool maxCardinality, CancellationToken cancellationToken)
        {
            this.n = n;
            this.maxCardinality = maxCardinality;
            this.cancellationToken = cancellationToken;
            eu = edges.U;
            ev = edges.V;
            ew = edges.W;
            edgeCount = edges.Count;
            var maxWeight = 0.0;
            foreach (var w in ew) maxWeight = Math.Max(maxWeight, w);
            endpoint = new int[2 * edgeCount];
            for (var k = 0; k < edgeCount; k++)
            {
                endpoint[2 * k] = eu[k];
                endpoint[2 * k + 1] = ev[k];
            }
            neighbourStart = new int[n + 1];
            for (var k = 0; k < edgeCount; k++)
            {
                neighbourStart[eu[k] + 1]++;
                neighbourStart[ev[k] + 1]++;
            }
            for (var v = 0; v < n; v++) neighbourStart[v + 1] += neighbourStart[v];
            neighbourEnd = new int[2 * edgeCount];
            var fill = (int[])neighbourStart.Clone();
            for (var k = 0; k < edgeCount; k++)
            {
                neighbourEnd[fill[eu[k]]++] = 2 * k + 1;
                neighbourEnd[fill[ev[k]]++] = 2 * k;
            }
            mate = new int[n];
            Array.Fill(mate, -1);
            label = new int[2 * n];
            labelEnd = new int[2 * n];
            Array.Fill(labelEnd, -1);
            inBlossom = new int[n];
            for (var v = 0; v < n; v++) inBlossom[v] = v;
            blossomParent = new int[2 * n];
            Array.Fill(blossomParent, -1);
            blossomChildren = new List<int>?[2 * n];
            blossomBase = new int[2 * n];
            for (var v = 0; v < n; v++) blossomBase[v] = v;
            for (var b = n; b < 2 * n; b++) blossomBase[b] = -1;
            blossomEndpoints = new List<int>?[2 * n];
            bestEdge = new int[2 * n];
            Array.Fill(bestEdge, -1);
            blossomBestEdges = new List<int>?[2 * n];
            for (var b = 2 * n - 1; b >= n; b--) unusedBlossoms.Push(b);
            dual = new double[2 * n];
            for (var v = 0; v < n; v++) dual[v] = maxWeight;
            allowEdge = new int[edgeCount];
        }

        public int PartnerOf(int v) => mate[v] < 0 ? -1 : endpoint[mate[v]];

        double Slack(int k) => dual[eu[k]] + dual[ev[k]] - 2 * ew[k];

        /// <summary>The vertices inside blossom b (b itself when it is a vertex), into <see cref="leaves"/>.</summary>
        List<int> Leaves(int b)
        {
            leaves.Clear();
            leafStack.Clear();
            leafStack.Push(b);
            while (leafStack.Count > 0)
            {
                var t = leafStack.Pop();
                if (t < n) leaves.Add(t);
                else
                    foreach (var c in blossomChildren[t]!) leafStack.Push(c);
            }
            return leaves;
        }

        void AssignLabel(int w, int t, int p)
        {
            while (true)
            {
                var b = inBlossom[w];
                label[w] = label[b] = t;
                labelEnd[w] = labelEnd[b] = p;
                bestEdge[w] = bestEdge[b] = -1;
                if (t == 1)
                {
                    // b became an S-vertex/blossom: its vertices go on the queue.
                    queue.AddRange(Leaves(b));
                    return;
                }
                // b became a T-blossom: its base's mate becomes S (tail call unrolled).
                var baseVertex = blossomBase[b];
                var m = mate[baseVertex];
                w = endpoint[m];
                t = 1;
                p = m ^ 1;
            }
        }

        /// <summary>Traces back from v and w to find the base of a new blossom, or −1 for an augmenting path.</summary>
        int ScanBlossom(int v, int w)
        {
            var path = new List<int>();
            var baseVertex = -1;
            while (v != -1 || w != -1)
            {
                var b = inBlossom[v];
                if ((label[b] & 4) != 0)
                {
                    baseVertex = blossomBase[b];
                    break;
                }
                path.Add(b);
                label[b] = 5;
                if (labelEnd[b] == -1)
                {
                    v = -1; // the base of b is single: this path ends here
                }
                else
                {
                    v = endpoint[labelEnd[b]];
                    b = inBlossom[v];
                    v = endpoint[labelEnd[b]]; // b is a T-blossom: one more step back
                }
                if (w != -1) (v, w) = (w, v);
            }
            foreach (var b in path) label[b] = 1;
            return baseVertex;
        }

        void AddBlossom(int baseVertex, int k)
        {
            var v = eu[k];
            var w = ev[k];
            var bb = inBlossom[baseVertex];
            var bv = inBlossom[v];
            var bw = inBlossom[w];
            var b = unusedBlossoms.Pop();
            blossomBase[b] = baseVertex;
            blossomParent[b] = -1;
            blossomParent[bb] = b;
            var path = new List<int>();
            var endps = new List<int>();
            blossomChildren[b] = path;
            blossomEndpoints[b] = endps;
            while (bv != bb)
            {
                blossomParent[bv] = b;
                path.Add(bv);
                endps.Add(labelEnd[bv]);
                v = endpoint[labelEnd[bv]];
                bv = inBlossom[v];
            }
            path.Add(bb);
            path.Reverse();
            endps.Reverse();
            endps.Add(2 * k);
            while (bw != bb)
            {
                blossomParent[bw] = b;
                path.Add(bw);
                endps.Add(labelEnd[bw] ^ 1);
                w = endpoint[labelEnd[bw]];
                bw = inBlossom[w];
            }
            label[b] = 1;
            labelEnd[b] = labelEnd[bb];
            dual[b] = 0;
            foreach (var leaf in Leaves(b))
            {
                // A T-vertex becomes S inside the new S-blossom, so it must be scanned.
                if (label[inBlossom[leaf]] == 2) queue.Add(leaf);
                inBlossom[leaf] = b;
            }

            // Least-slack edges from the new blossom to each other S-blossom.
            var bestEdgeTo = new Dictionary<int, int>();
            foreach (var sub in path)
            {
                if (blossomBestEdges[sub] is { } list)
                {
                    foreach (var e in list) ConsiderBestEdge(b, e, bestEdgeTo);
                }
                else
                {
                    foreach (var leaf in Leaves(sub).ToArray())
                        for (var i = neighbourStart[leaf]; i < neighbourStart[leaf + 1]; i++)
                            ConsiderBestEdge(b, neighbourEnd[i] >> 1, bestEdgeTo);
                }
                blossomBestEdges[sub] = null;
                bestEdge[sub] = -1;
            }
            var best = new List<int>(bestEdgeTo.Values);
            best.Sort(); // the dictionary's order must not leak into tie-breaking
            blossomBestEdges[b] = best;
            bestEdge[b] = -1;
            foreach (var e in best)
                if (bestEdge[b] == -1 || Slack(e) < Slack(bestEdge[b])) bestEdge[b] = e;
        }

        void ConsiderBestEdge(int b, int k, Dictionary<int, int> bestEdgeTo)
        {
            var j = inBlossom[ev[k]] == b ? eu[k] : ev[k];
            var bj = inBlossom[j];
            if (bj != b && label[bj] == 1 && (!bestEdgeTo.TryGetValue(bj, out var current) || Slack(k) < Slack(current)))
                bestEdgeTo[bj] = k;
        }

        static int At(List<int> list, int j) => list[j < 0 ? j + list.Count : j];

        void ExpandBlossom(int b, bool endStage)
        {
            var children = blossomChildren[b]!;
            var endps = blossomEndpoints[b]!;
            foreach (var s in children)
            {
                blossomParent[s] = -1;
                if (s < n) inBlossom[s] = s;
                else if (endStage && dual[s] == 0) ExpandBlossom(s, endStage);
                else
                    foreach (var leaf in Leaves(s)) inBlossom[leaf] = s;
            }
            if (!endStage && label[b] == 2)
            {
                // Relabel the sub-blossoms of an expanding T-blossom, from the one it was entered through to the base.
                var entryChild = inBlossom[endpoint[labelEnd[b] ^ 1]];
                var j = children.IndexOf(entryChild);
                int jStep, endTrick;
                if ((j & 1) != 0)
                {
                    j -= children.Count; // odd: go forward and wrap
                    jStep = 1;
                    endTrick = 0;
                }
                else
                {
                    jStep = -1; // even: go backward
                    endTrick = 1;
                }
                var p = labelEnd[b];
                while (j != 0)
                {
                    label[endpoint[p ^ 1]] = 0;
                    label[endpoint[At(endps, j - endTrick) ^ endTrick ^ 1]] = 0;
                    AssignLabel(endpoint[p ^ 1], 2, p);
                    allowEdge[At(endps, j - endTrick) >> 1] = currentStage;
                    j += jStep;
                    p = At(endps, j - endTrick) ^ endTrick;
                    allowEdge[p >> 1] = currentStage;
                    j += jStep;
                }
                // The base sub-blossom becomes T without passing S on to its mate.
                var bv = At(children, j);
                label[endpoint[p ^ 1]] = label[bv] = 2;
                labelEnd[endpoint[p ^ 1]] = labelEnd[bv] = p;
                bestEdge[bv] = -1;
                j += jStep;
                while (At(children, j) != entryChild)
                {
                    bv = At(children, j);
                    if (label[bv] == 1)
                    {
                        j += jStep;
                        continue;
                    }
                    var reached = -1;
                    foreach (var leaf in Leaves(bv))
                    {
                        if (label[leaf] != 0)
                        {
                            reached = leaf;
                            break;
                        }
                    }
                    if (reached >= 0)
                    {
                        label[reached] = 0;
                        label[endpoint[mate[blossomBase[bv]]]] = 0;
                        AssignLabel(reached, 2, labelEnd[reached]);
                    }
                    j += jStep;
                }
            }
            label[b] = labelEnd[b] = -1;
            blossomChildren[b] = blossomEndpoints[b] = null;
            blossomBase[b] = -1;
            blossomBestEdges[b] = null;
            bestEdge[b] = -1;
            unusedBlossoms.Push(b);
        }

        void AugmentBlossom(int b, int v)
        {
            var t = v;
            while (blossomParent[t] != b) t = blossomParent[t];
            if (t >= n) AugmentBlossom(t, v);
            var children = blossomChildren[b]!;
            var endps = blossomEndpoints[b]!;
            var i = children.IndexOf(t);
            var j = i;
            int jStep, endTrick;
            if ((i & 1) != 0)
            {
                j -= children.Count;
                jStep = 1;
                endTrick = 0;
            }
            else
            {
                jStep = -1;
                endTrick = 1;
            }
            while (j != 0)
            {
                j += jStep;
                t = At(children, j);
                var p = At(endps, j - endTrick) ^ endTrick;
                if (t >= n) AugmentBlossom(t, endpoint[p]);
                j += jStep;
                t = At(children, j);
                if (t >= n) AugmentBlossom(t, endpoint[p ^ 1]);
                mate[endpoint[p]] = p ^ 1;
                mate[endpoint[p ^ 1]] = p;
            }
            // Rotate so that the new base comes first.
            var rotatedChildren = new List<int>(children.Count);
            var rotatedEndps = new List<int>(endps.Count);
            for (var x = 0; x < children.Count; x++)
            {
                rotatedChildren.Add(children[(i + x) % children.Count]);
                rotatedEndps.Add(endps[(i + x) % endps.Count]);
            }
            blossomChildren[b] = rotatedChildren;
            blossomEndpoints[b] = rotatedEndps;
            blossomBase[b] = blossomBase[rotatedChildren[0]];
        }

        void AugmentMatching(int k)
        {
            for (var side = 0; side < 2; side++)
            {
                var s = side == 0 ? eu[k] : ev[k];
                var p = side == 0 ? 2 * k + 1 : 2 * k;
                while (true)
                {
                    var bs = inBlossom[s];
                    if (bs >= n) AugmentBlossom(bs, s);
                    mate[s] = p;
                    if (labelEnd[bs] == -1) break; // reached a single vertex
                    var t = endpoint[labelEnd[bs]];
                    var bt = inBlossom[t];
                    s = endpoint[labelEnd[bt]];
                    var j = endpoint[labelEnd[bt] ^ 1];
                    if (bt >= n) AugmentBlossom(bt, j);
                    mate[j] = labelEnd[bt];
                    p = labelEnd[bt] ^ 1;
                }
            }
        }

        public void Solve()
        {
            for (var stage = 0; stage < n; stage++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Array.Clear(label);
                Array.Fill(bestEdge, -1);
                for (var b = n; b < 2 * n; b++) blossomBestEdges[b] = null;
                currentStage = stage + 1;
                queue.Clear();
                for (var v = 0; v < n; v++)
                    if (mate[v] == -1 && label[inBlossom[v]] == 0) AssignLabel(v, 1, -1);

                var augmented = false;
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    while (queue.Count > 0 && !augmented)
                    {
                        var v = queue[^1];
                        queue.RemoveAt(queue.Count - 1);
                        for (var i = neighbourStart[v]; i < neighbourStart[v + 1]; i++)
                        {
                            var p = neighbourEnd[i];
                            var k = p >> 1;
                            var w = endpoint[p];
                            if (inBlossom[v] == inBlossom[w]) continue; // internal to a blossom
                            var kSlack = 0.0;
                            if (allowEdge[k] != currentStage)
                            {
                                kSlack = Slack(k);
                                if (kSlack <= 0) allowEdge[k] = currentStage;
                            }
                            if (allowEdge[k] == currentStage)
                            {
                                if (label[inBlossom[w]] == 0)
                                {
                                    AssignLabel(w, 2, p ^ 1); // free vertex: T, and its mate S
                                }
                                else if (label[inBlossom[w]] == 1)
                                {
                                    var baseVertex = ScanBlossom(v, w);
                                    if (baseVertex >= 0)
                                    {
                                        AddBlossom(baseVertex, k);
                                    }
                                    else
                                    {
                                        AugmentMatching(k);
                                        augmented = true;
                                        break;
                                    }
                                }
                                else if (label[w] == 0)
                                {
                                    // w sits in a T-blossom but was not reached itself; remember how for expansion.
                                    label[w] = 2;
                                    labelEnd[w] = p ^ 1;
                                }
                            }
                            else if (label[inBlossom[w]] == 1)
                            {
                                var b = inBlossom[v];
                                if (bestEdge[b] == -1 || kSlack < Slack(bestEdge[b])) bestEdge[b] = k;
                            }
                            else if (label[w] == 0)
                            {
                                if (bestEdge[w] == -1 || kSlack < Slack(bestEdge[w])) bestEdge[w] = k;
                            }
                        }
                    }
                    if (augmented) break;

                    // No augmenting path with tight edges: change the duals by the largest safe delta (all doubled).
                    // One pass over vertices and one over blossoms gather every candidate; they are then compared
                    // in the classic order (1, 2, 3, 4) with strict '<', so ties resolve as in the textbook loops.
                    double minDual = double.PositiveInfinity, min2 = double.PositiveInfinity, min3 = double.PositiveInfinity;
                    double min4 = double.PositiveInfinity;
                    int edge2 = -1, edge3 = -1, blossom4 = -1;
                    for (var v = 0; v < n; v++)
                    {
                        if (dual[v] < minDual) minDual = dual[v];
                        if (bestEdge[v] != -1 && label[inBlossom[v]] == 0)
                        {
                            var d = Slack(bestEdge[v]);
                            if (edge2 == -1 || d < min2)
                            {
                                min2 = d;
                                edge2 = bestEdge[v];
                            }
                        }
                    }
                    for (var b = 0; b < 2 * n; b++)
                    {
                        if (blossomParent[b] != -1) continue;
                        if (label[b] == 1 && bestEdge[b] != -1)
                        {
                            var d = Slack(bestEdge[b]) / 2;
                            if (edge3 == -1 || d < min3)
                            {
                                min3 = d;
                                edge3 = bestEdge[b];
                            }
                        }
                        else if (b >= n && label[b] == 2 && blossomBase[b] >= 0 && (blossom4 == -1 || dual[b] < min4))
                        {
                            min4 = dual[b];
                            blossom4 = b;
                        }
                    }
                    var deltaType = -1;
                    double delta = 0;
                    int deltaEdge = -1, deltaBlossom = -1;
                    if (!maxCardinality)
                    {
                        deltaType = 1;
                        delta = minDual;
                    }
                    if (edge2 != -1 && (deltaType == -1 || min2 < delta))
                    {
                        delta = min2;
                        deltaType = 2;
                        deltaEdge = edge2;
                    }
                    if (edge3 != -1 && (deltaType == -1 || min3 < delta))
                    {
                        delta = min3;
                        deltaType = 3;
                        deltaEdge = edge3;
                    }
                    if (blossom4 != -1 && (deltaType == -1 || min4 < delta))
                    {
                        delta = min4;
                        deltaType = 4;
                        deltaBlossom = blossom4;
                    }
                    if (deltaType == -1)
                    {
                        // Max-cardinality optimum reached; a final update keeps the duals verifiable.
                        deltaType = 1;
                        delta = Math.Max(0, minDual);
                    }
                    for (var v = 0; v < n; v++)
                    {
                        var l = label[inBlossom[v]];
                        if (l == 1) dual[v] -= delta;
                        else if (l == 2) dual[v] += delta;
                    }
                    for (var b = n; b < 2 * n; b++)
                    {
                        if (blossomBase[b] >= 0 && blossomParent[b] == -1)
                        {
                            if (label[b] == 1) dual[b] += delta;
                            else if (label[b] == 2) dual[b] -= delta;
                        }
                    }
                    if (deltaType == 1) break;
                    if (deltaType == 2)
                    {
                        allowEdge[deltaEdge] = currentStage;
                        var i = eu[deltaEdge];
                        if (label[inBlossom[i]] == 0) i = ev[deltaEdge];
                        queue.Add(i);
                    }
                    else if (deltaType == 3)
                    {
                        allowEdge[deltaEdge] = currentStage;
                        queue.Add(eu[deltaEdge]);
                    }
                    else
                    {
                        ExpandBlossom(deltaBlossom, false);
                    }
                }
                if (!augmented) break;
                // End of stage: expand S-blossoms whose dual reached zero.
                for (var b = n; b < 2 * n; b++)
                    if (blossomParent[b] == -1 && blossomBase[b] >= 0 && label[b] == 1 && dual[b] == 0)
                        ExpandBlossom(b, true);
            }
        }
    }
}
