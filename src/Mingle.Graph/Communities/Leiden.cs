namespace Mingle.Graph.Communities;

/// <summary>
/// Leiden community detection (Traag, Waltman &amp; van Eck 2019) maximising modularity with a resolution γ.
/// Each level runs the fast local move, then refines every community: starting from singletons, well-connected
/// nodes merge only with well-connected sub-communities of the same community, chosen at random with probability
/// ∝ exp(ΔH/θ) among non-negative gains (θ = 0.01 as in the paper). The graph is aggregated by the refined
/// partition while the unrefined one seeds the next level, which guarantees connected communities.
/// Like igraph and leidenalg the whole algorithm runs twice, the second time starting from the first result.
/// Deterministic for a seed.
/// </summary>
public static class Leiden
{
    const double Randomness = 0.01;
    const int Iterations = 2;

    public static Partition Detect(Graph graph, double resolution = 1.0, int seed = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var random = new Random(seed);
        var baseLevel = LevelGraph.From(graph);
        var result = new int[n];
        for (var v = 0; v < n; v++) result[v] = v;

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var level = baseLevel;
            var membership = new int[n];
            for (var v = 0; v < n; v++) membership[v] = v;
            var community = (int[])result.Clone();
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                LocalMoving.Run(level, community, resolution, random, cancellationToken);
                var count = LocalMoving.Renumber(community);
                if (count == level.NodeCount) break;

                var refined = Refine(level, community, count, resolution, random, cancellationToken);
                var refinedCount = LocalMoving.Renumber(refined);
                int[] next;
                if (refinedCount == level.NodeCount)
                {
                    // Refinement merged nothing, so aggregating by it would repeat this level: collapse the
                    // communities themselves, as Louvain does.
                    level = level.Aggregate(community, count);
                    for (var v = 0; v < n; v++) membership[v] = community[membership[v]];
                    next = new int[count];
                    for (var c = 0; c < count; c++) next[c] = c;
                }
                else
                {
                    level = level.Aggregate(refined, refinedCount);
                    for (var v = 0; v < n; v++) membership[v] = refined[membership[v]];
                    // Each refined sub-community starts in the community that contains it.
                    next = new int[refinedCount];
                    for (var v = 0; v < refined.Length; v++) next[refined[v]] = community[v];
                }
                community = next;
            }
            for (var v = 0; v < n; v++) result[v] = community[membership[v]];
            LocalMoving.Renumber(result);
        }

        var communities = LocalMoving.Renumber(result);
        return new Partition(result, communities, Modularity.Compute(graph, result, resolution));
    }

    /// <summary>
    /// Splits each community into well-connected sub-communities (the MergeNodesSubset step). A set C inside
    /// community S is well connected when s(C, S−C) ≥ γ(out_C·in_{S−C} + in_C·out_{S−C})/M.
    /// </summary>
    static int[] Refine(LevelGraph g, int[] community, int count, double resolution, Random random, CancellationToken cancellationToken)
    {
        var n = g.NodeCount;
        var offsets = g.Offsets;
        var targets = g.Targets;
        var weights = g.Weights;
        var outS = g.OutStrength;
        var inS = g.InStrength;
        var gammaOverM = g.TotalWeight > 0 ? resolution / g.TotalWeight : 0;

        var (communityOut, communityIn) = g.CommunityStrengths(community, count);

        var refined = new int[n];
        var refinedOut = new double[n];
        var refinedIn = g.Directed ? new double[n] : refinedOut;
        var size = new int[n];
        // external[r]: weight from refined community r to the rest of its community.
        var external = new double[n];
        for (var v = 0; v < n; v++)
        {
            refined[v] = v;
            refinedOut[v] = outS[v];
            if (g.Directed) refinedIn[v] = inS[v];
            size[v] = 1;
            var c = community[v];
            double inside = 0;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
                if (community[targets[p]] == c) inside += weights[p];
            external[v] = inside;
        }

        var order = LocalMoving.Shuffled(n, random);
        var linkWeight = new double[n];
        var stamp = new int[n];
        Array.Fill(stamp, -1);
        var candidates = new int[n];
        var gains = new double[n];
        for (var i = 0; i < n; i++)
        {
            if ((i & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var v = order[i];
            if (size[refined[v]] != 1) continue; // only nodes still alone may move
            var c = community[v];
            var ov = outS[v];
            var iv = inS[v];
            var restOut = communityOut[c] - ov;
            var restIn = communityIn[c] - iv;
            if (external[v] < gammaOverM * (ov * restIn + iv * restOut)) continue;

            var candidateCount = 0;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var u = targets[p];
                if (community[u] != c) continue;
                var r = refined[u];
                if (stamp[r] != i)
                {
                    stamp[r] = i;
                    linkWeight[r] = 0;
                    candidates[candidateCount++] = r;
                }
                linkWeight[r] += weights[p];
            }

            // Staying alone has gain 0; candidates need a non-negative gain and must be well connected.
            var own = refined[v];
            var bestGain = 0.0;
            var kept = 0;
            for (var k = 0; k < candidateCount; k++)
            {
                var r = candidates[k];
                var rOut = refinedOut[r];
                var rIn = refinedIn[r];
                if (external[r] < gammaOverM * (rOut * (communityIn[c] - rIn) + rIn * (communityOut[c] - rOut))) continue;
                var gain = linkWeight[r] - gammaOverM * (ov * rIn + iv * rOut);
                if (gain < 0) continue;
                candidates[kept] = r;
                gains[kept] = gain;
                kept++;
                if (gain > bestGain) bestGain = gain;
            }
            if (kept == 0) continue;

            // Sample among {stay} ∪ candidates with weight exp((gain − best)/θ), shifted to avoid overflow.
            var total = Math.Exp(-bestGain / Randomness);
            for (var k = 0; k < kept; k++) total += Math.Exp((gains[k] - bestGain) / Randomness);
            var pick = random.NextDouble() * total;
            var target = own;
            pick -= Math.Exp(-bestGain / Randomness);
            if (pick >= 0)
            {
                target = candidates[kept - 1];
                for (var k = 0; k < kept; k++)
                {
                    pick -= Math.Exp((gains[k] - bestGain) / Randomness);
                    if (pick < 0)
                    {
                        target = candidates[k];
                        break;
                    }
                }
            }
            if (target == own) continue;

            refined[v] = target;
            size[own] = 0;
            size[target]++;
            refinedOut[own] = 0;
            refinedOut[target] += ov;
            if (g.Directed)
            {
                refinedIn[own] = 0;
                refinedIn[target] += iv;
            }
            external[target] += external[v] - 2 * linkWeight[target];
        }
        return refined;
    }
}
