namespace Mingle.Graph.StructuralHoles;

/// <summary>
/// The symmetric "mutual weight" view networkx's structural-hole measures use: for each node the set of all
/// neighbours (in or out), with m(u, v) = a_uv + a_vu, plus each node's Σ m and max m. For an undirected graph m is
/// 2w; the measures only use ratios of m, so w itself is stored (dividing by 2 is exact and cancels).
/// Self-loops are left out (deliberate difference: networkx would treat a node as its own neighbour).
/// </summary>
sealed class MutualTies
{
    public readonly int[] Offsets;
    public readonly int[] Targets;
    public readonly double[] Weights;
    public readonly double[] Sum;
    public readonly double[] Max;

    public MutualTies(Graph g, bool useWeights)
    {
        var n = g.NodeCount;
        var weighted = useWeights && g.IsWeighted;
        Offsets = new int[n + 1];
        var targets = new List<int>(g.ArcCount);
        var weights = new List<double>(g.ArcCount);
        Sum = new double[n];
        Max = new double[n];
        for (var v = 0; v < n; v++)
        {
            var o = g.OutNeighbors(v);
            var ow = g.OutWeights(v);
            var i = g.IsDirected ? g.InNeighbors(v) : [];
            var iw = g.IsDirected ? g.InWeights(v) : [];
            int a = 0, b = 0;
            // Rows are sorted: merge out and in rows so an arc both ways becomes one tie with summed weight.
            while (a < o.Length || b < i.Length)
            {
                int t;
                double w = 0;
                if (b >= i.Length || (a < o.Length && o[a] < i[b]))
                {
                    t = o[a];
                    w = weighted ? ow[a] : 1;
                    a++;
                }
                else if (a >= o.Length || i[b] < o[a])
                {
                    t = i[b];
                    w = weighted ? iw[b] : 1;
                    b++;
                }
                else
                {
                    t = o[a];
                    w = (weighted ? ow[a] : 1) + (weighted ? iw[b] : 1);
                    a++;
                    b++;
                }
                if (t == v) continue;
                targets.Add(t);
                weights.Add(w);
                Sum[v] += w;
                if (w > Max[v]) Max[v] = w;
            }
            Offsets[v + 1] = targets.Count;
        }
        Targets = [.. targets];
        Weights = [.. weights];
    }
}
