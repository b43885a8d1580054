namespace Mingle.Graph.Communities;

/// <summary>
/// The graph Louvain and Leiden move nodes on: one row per (aggregate) node holding the symmetrised weight
/// s(u,v) = A(u,v) + A(v,u) to every other node, plus out/in strengths. For an undirected graph A is symmetric, so
/// s = 2w and out = in = degree. With M the total arc weight, moving v into community c changes M·Q by
/// s(v,c) − γ(out_v·in_c + in_v·out_c)/M, one formula for directed (Leicht–Newman, as networkx) and undirected
/// modularity. Self-loops and edges inside an aggregate node are left out: they never change a move's gain.
/// </summary>
internal sealed class LevelGraph
{
    public required int NodeCount { get; init; }
    public required int[] Offsets { get; init; }
    public required int[] Targets { get; init; }
    public required double[] Weights { get; init; }
    public required double[] OutStrength { get; init; }
    /// <summary>The same array as <see cref="OutStrength"/> when the graph is undirected.</summary>
    public required double[] InStrength { get; init; }
    public required bool Directed { get; init; }

    /// <summary>Total out- and in-strength of each community (one array twice when undirected).</summary>
    public (double[] Out, double[] In) CommunityStrengths(int[] community, int count)
    {
        var totalOut = new double[count];
        var totalIn = Directed ? new double[count] : totalOut;
        for (var v = 0; v < NodeCount; v++)
        {
            totalOut[community[v]] += OutStrength[v];
            if (Directed) totalIn[community[v]] += InStrength[v];
        }
        return (totalOut, totalIn);
    }
    /// <summary>Total arc weight M (2m when undirected).</summary>
    public required double TotalWeight { get; init; }

    public static LevelGraph From(Graph graph)
    {
        var n = graph.NodeCount;
        var offsets = new int[n + 1];
        var outStrength = new double[n];
        var inStrength = graph.IsDirected ? new double[n] : outStrength;
        var weighted = graph.IsWeighted;
        var gOffsets = graph.OutOffsets;
        var gTargets = graph.OutTargets;
        var gWeights = graph.OutWeightsAll;
        if (!graph.IsDirected)
        {
            var targets = new int[graph.ArcCount];
            var weights = new double[graph.ArcCount];
            var write = 0;
            double total = 0;
            for (var v = 0; v < n; v++)
            {
                double strength = 0;
                for (var p = gOffsets[v]; p < gOffsets[v + 1]; p++)
                {
                    var u = gTargets[p];
                    double w = weighted ? gWeights[p] : 1.0;
                    if (u == v)
                    {
                        strength += 2 * w; // a self-loop adds twice its weight to the degree
                        continue;
                    }
                    strength += w;
                    targets[write] = u;
                    weights[write] = 2 * w;
                    write++;
                }
                outStrength[v] = strength;
                total += strength;
                offsets[v + 1] = write;
            }
            return new LevelGraph
            {
                NodeCount = n,
                Offsets = offsets,
                Targets = targets,
                Weights = weights,
                OutStrength = outStrength,
                InStrength = inStrength,
                Directed = false,
                TotalWeight = total,
            };
        }

        // Directed: merge the sorted out-row and in-row of each node into one symmetrised row.
        var inOffsets = graph.InOffsets;
        var inTargets = graph.InTargets;
        var inWeights = graph.InWeightsAll;
        var dTargets = new int[2 * (long)graph.ArcCount > int.MaxValue ? int.MaxValue : 2 * graph.ArcCount];
        var dWeights = new double[dTargets.Length];
        var at = 0;
        double arcTotal = 0;
        for (var v = 0; v < n; v++)
        {
            int p = gOffsets[v], pe = gOffsets[v + 1], q = inOffsets[v], qe = inOffsets[v + 1];
            while (p < pe || q < qe)
            {
                int u;
                double w = 0;
                if (q >= qe || (p < pe && gTargets[p] < inTargets[q]))
                {
                    u = gTargets[p];
                    var a = weighted ? gWeights[p] : 1.0;
                    outStrength[v] += a;
                    w = a;
                    p++;
                }
                else if (p >= pe || inTargets[q] < gTargets[p])
                {
                    u = inTargets[q];
                    var a = weighted ? inWeights[q] : 1.0;
                    inStrength[v] += a;
                    w = a;
                    q++;
                }
                else
                {
                    u = gTargets[p];
                    var a = weighted ? gWeights[p] : 1.0;
                    var b = weighted ? inWeights[q] : 1.0;
                    outStrength[v] += a;
                    inStrength[v] += b;
                    w = a + b;
                    p++;
                    q++;
                }
                if (u == v) continue;
                dTargets[at] = u;
                dWeights[at] = w;
                at++;
            }
            arcTotal += outStrength[v];
            offsets[v + 1] = at;
        }
        return new LevelGraph
        {
            NodeCount = n,
            Offsets = offsets,
            Targets = dTargets,
            Weights = dWeights,
            OutStrength = outStrength,
            InStrength = inStrength,
            Directed = true,
            TotalWeight = arcTotal,
        };
    }

    /// <summary>Collapses each community (labels dense 0..count-1) into one node.</summary>
    public LevelGraph Aggregate(int[] community, int count)
    {
        var n = NodeCount;
        // Members grouped by community (counting sort) so each new row is built in one pass.
        var start = new int[count + 1];
        for (var v = 0; v < n; v++) start[community[v] + 1]++;
        for (var c = 0; c < count; c++) start[c + 1] += start[c];
        var members = new int[n];
        var fill = (int[])start.Clone();
        for (var v = 0; v < n; v++) members[fill[community[v]]++] = v;

        var outStrength = new double[count];
        var inStrength = Directed ? new double[count] : outStrength;
        var offsets = new int[count + 1];
        var targets = new int[Math.Min(Targets.Length, Offsets[n])];
        var weights = new double[targets.Length];
        var acc = new double[count];
        var seen = new int[count];
        Array.Fill(seen, -1);
        var touched = new int[count];
        var write = 0;
        for (var c = 0; c < count; c++)
        {
            var touchedCount = 0;
            for (var i = start[c]; i < start[c + 1]; i++)
            {
                var v = members[i];
                outStrength[c] += OutStrength[v];
                if (Directed) inStrength[c] += InStrength[v];
                for (var p = Offsets[v]; p < Offsets[v + 1]; p++)
                {
                    var d = community[Targets[p]];
                    if (d == c) continue;
                    if (seen[d] != c)
                    {
                        seen[d] = c;
                        acc[d] = 0;
                        touched[touchedCount++] = d;
                    }
                    acc[d] += Weights[p];
                }
            }
            for (var i = 0; i < touchedCount; i++)
            {
                var d = touched[i];
                targets[write] = d;
                weights[write] = acc[d];
                write++;
            }
            offsets[c + 1] = write;
        }
        return new LevelGraph
        {
            NodeCount = count,
            Offsets = offsets,
            Targets = targets,
            Weights = weights,
            OutStrength = outStrength,
            InStrength = inStrength,
            Directed = Directed,
            TotalWeight = TotalWeight,
        };
    }
}
