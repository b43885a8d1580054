namespace Mingle.Graph.Matching;

/// <summary>
/// Fast approximate maximum-weight matching for very large graphs, O(m log m).
/// Phase 1 is the greedy matching (edges by decreasing weight, ties by edge order), which weighs at least
/// <b>½ of the maximum-weight matching</b> (Avis 1983): every optimal edge missing from it shares an endpoint with a
/// greedy edge at least as heavy, and each greedy edge is charged by at most two optimal edges.
/// Phase 2 runs a few passes of local augmentations that only ever increase the weight (so the ½ bound still
/// holds): a matched edge (a,b) is replaced by (a,x) and/or (b,y) to free vertices x, y when that is heavier.
/// On unweighted graphs phase 2 removes augmenting paths of length 3 from the maximal matching, which is what makes
/// the result at least ⅔ of a maximum-cardinality matching in that case when the passes converge.
/// </summary>
public static class ApproximateMatching
{
    /// <summary>The guaranteed fraction of the maximum weight.</summary>
    public const double Bound = 0.5;

    const int ImprovementPasses = 4;

    public static MatchingResult Find(Graph graph, CancellationToken cancellationToken = default)
    {
        var edges = MatchingEdges.From(graph);
        var n = graph.NodeCount;
        var mate = new int[n];
        Array.Fill(mate, -1);
        var mateWeight = new double[n];

        // Greedy: heaviest edges first. Sorting negated weights with the edge index as a secondary key keeps the
        // result independent of the sort's instability.
        var order = new int[edges.Count];
        var keys = new double[edges.Count];
        for (var k = 0; k < order.Length; k++)
        {
            order[k] = k;
            keys[k] = -edges.W[k];
        }
        Array.Sort(keys, order);
        SortTiesByIndex(keys, order);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var k in order)
        {
            var w = edges.W[k];
            if (w <= 0) break; // non-positive edges never help a maximum-weight matching
            int u = edges.U[k], v = edges.V[k];
            if (mate[u] >= 0 || mate[v] >= 0) continue;
            mate[u] = v;
            mate[v] = u;
            mateWeight[u] = mateWeight[v] = w;
        }

        var offsets = graph.OutOffsets;
        var targets = graph.OutTargets;
        var weights = graph.OutWeightsAll;
        var weighted = graph.IsWeighted;
        for (var pass = 0; pass < ImprovementPasses; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var improved = false;
            for (var a = 0; a < n; a++)
            {
                var b = mate[a];
                if (b < a) continue; // each matched edge once, from its smaller end
                var (x1, wx1, x2, wx2) = BestFreeNeighbours(a, b, mate, offsets, targets, weights, weighted);
                var (y1, wy1, y2, wy2) = BestFreeNeighbours(b, a, mate, offsets, targets, weights, weighted);
                var current = mateWeight[a];
                // Best of: keep; a–x only; b–y only; a–x and b–y with x ≠ y.
                var bestGain = 0.0;
                int newA = -1, newB = -1;
                double newWa = 0, newWb = 0;
                Consider(x1, wx1, -1, 0);
                Consider(-1, 0, y1, wy1);
                if (x1 >= 0 && y1 >= 0)
                {
                    if (x1 != y1) Consider(x1, wx1, y1, wy1);
                    else
                    {
                        Consider(x1, wx1, y2, wy2);
                        Consider(x2, wx2, y1, wy1);
                    }
                }
                if (bestGain <= 0) continue;
                improved = true;
                mate[a] = mate[b] = -1;
                mateWeight[a] = mateWeight[b] = 0;
                if (newA >= 0)
                {
                    mate[a] = newA;
                    mate[newA] = a;
                    mateWeight[a] = mateWeight[newA] = newWa;
                }
                if (newB >= 0)
                {
                    mate[b] = newB;
                    mate[newB] = b;
                    mateWeight[b] = mateWeight[newB] = newWb;
                }

                void Consider(int x, double wx, int y, double wy)
                {
                    if ((x < 0 && y < 0) || (x >= 0 && x == y)) return;
                    var gain = (x >= 0 ? wx : 0) + (y >= 0 ? wy : 0) - current;
                    if (gain <= bestGain) return;
                    bestGain = gain;
                    newA = x;
                    newWa = wx;
                    newB = y;
                    newWb = wy;
                }
            }
            if (!improved) break;
        }

        double total = 0;
        for (var v = 0; v < n; v++)
            if (mate[v] > v) total += mateWeight[v];
        return new MatchingResult(mate, total);
    }

    /// <summary>The two heaviest positive edges from <paramref name="v"/> to distinct free vertices, skipping its mate.</summary>
    static (int X1, double W1, int X2, double W2) BestFreeNeighbours(int v, int skip, int[] mate,
        ReadOnlySpan<int> offsets, ReadOnlySpan<int> targets, ReadOnlySpan<float> weights, bool weighted)
    {
        int x1 = -1, x2 = -1;
        double w1 = 0, w2 = 0;
        for (var p = offsets[v]; p < offsets[v + 1]; p++)
        {
            var x = targets[p];
            if (x == skip || x == v || mate[x] >= 0) continue;
            double w = weighted ? weights[p] : 1.0;
            if (w <= 0) continue;
            if (x1 < 0 || w > w1)
            {
                (x2, w2) = (x1, w1);
                (x1, w1) = (x, w);
            }
            else if (x2 < 0 || w > w2)
            {
                (x2, w2) = (x, w);
            }
        }
        return (x1, w1, x2, w2);
    }

    static void SortTiesByIndex(double[] keys, int[] order)
    {
        var start = 0;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i < keys.Length && keys[i] == keys[start]) continue;
            if (i - start > 1) Array.Sort(order, start, i - start);
            start = i;
        }
    }
}
