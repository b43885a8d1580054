namespace Mingle.Graph.Communities;

/// <summary>
/// The node-moving phase shared by Louvain and Leiden: the queue-based "fast local move" of Traag et al. (2019).
/// Every node is visited once in a seeded random order; a node that changes community puts its neighbours outside
/// the new community back in the queue. It stops at the same local optimum as repeated sweeps (no single move
/// improves modularity) while revisiting far fewer nodes.
/// </summary>
internal static class LocalMoving
{
    /// <summary>Moves nodes of <paramref name="g"/> between the communities in <paramref name="community"/>
    /// (labels below NodeCount). Returns true when at least one node moved.</summary>
    public static bool Run(LevelGraph g, int[] community, double resolution, Random random, CancellationToken cancellationToken,
        bool sweeps = false)
    {
        var n = g.NodeCount;
        var offsets = g.Offsets;
        var targets = g.Targets;
        var weights = g.Weights;
        var outS = g.OutStrength;
        var inS = g.InStrength;
        var gammaOverM = g.TotalWeight > 0 ? resolution / g.TotalWeight : 0;

        var (totOut, totIn) = g.CommunityStrengths(community, n);

        // Circular queue holding each node at most once.
        var queue = Shuffled(n, random);
        var inQueue = new bool[n];
        Array.Fill(inQueue, true);
        int head = 0, size = n;

        var linkWeight = new double[n];
        var stamp = new int[n];
        Array.Fill(stamp, -1);
        var candidates = new int[n];
        var moved = false;
        var visits = 0;
        // Improvements smaller than this are rounding noise; ignoring them keeps the loop from cycling.
        var tolerance = 1e-13 * Math.Max(g.TotalWeight, 1e-300);

        var sweepMoves = 0;
        var position = 0;
        while (sweeps ? n > 0 : size > 0)
        {
            if ((++visits & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            int v;
            if (sweeps)
            {
                // Classic Louvain: sweep all nodes in the same shuffled order until a sweep moves nothing.
                if (position == n)
                {
                    if (sweepMoves == 0) break;
                    sweepMoves = 0;
                    position = 0;
                }
                v = queue[position++];
            }
            else
            {
                v = queue[head];
                head = head + 1 == n ? 0 : head + 1;
                size--;
                inQueue[v] = false;
            }

            var own = community[v];
            var candidateCount = 0;
            stamp[own] = visits;
            linkWeight[own] = 0;
            candidates[candidateCount++] = own;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var c = community[targets[p]];
                if (stamp[c] != visits)
                {
                    stamp[c] = visits;
                    linkWeight[c] = 0;
                    candidates[candidateCount++] = c;
                }
                linkWeight[c] += weights[p];
            }

            var ov = outS[v];
            var iv = inS[v];
            totOut[own] -= ov;
            if (g.Directed) totIn[own] -= iv;

            var best = own;
            var bestGain = linkWeight[own] - gammaOverM * (ov * totIn[own] + iv * totOut[own]);
            for (var i = 1; i < candidateCount; i++)
            {
                var c = candidates[i];
                var gain = linkWeight[c] - gammaOverM * (ov * totIn[c] + iv * totOut[c]);
                if (gain > bestGain + tolerance)
                {
                    best = c;
                    bestGain = gain;
                }
            }

            totOut[best] += ov;
            if (g.Directed) totIn[best] += iv;
            if (best == own) continue;

            community[v] = best;
            moved = true;
            sweepMoves++;
            if (sweeps) continue;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var u = targets[p];
                if (inQueue[u] || community[u] == best) continue;
                inQueue[u] = true;
                var tail = head + size;
                if (tail >= n) tail -= n;
                queue[tail] = u;
                size++;
            }
        }
        return moved;
    }

    /// <summary>Relabels communities densely in order of first appearance; returns the number of communities.</summary>
    public static int Renumber(int[] community)
    {
        var map = new int[community.Length == 0 ? 0 : MaxLabel(community) + 1];
        Array.Fill(map, -1);
        var count = 0;
        for (var v = 0; v < community.Length; v++)
        {
            ref var label = ref map[community[v]];
            if (label < 0) label = count++;
            community[v] = label;
        }
        return count;
    }

    static int MaxLabel(int[] community)
    {
        var max = 0;
        foreach (var c in community) max = Math.Max(max, c);
        return max;
    }

    public static int[] Shuffled(int n, Random random)
    {
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        for (var i = n - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
