namespace Mingle.Graph.Matching;

/// <summary>
/// Capacitated assignment (bipartite b-matching), e.g. mentees to mentors: left node i takes at most
/// capacity[i] right nodes, each right node at most one left node, and the total score of the chosen pairs is
/// maximised exactly, via <see cref="MinCostFlow"/> (source → left (capacity c_i) → right (1) → sink, cost −score).
/// With <c>requireFullAssignment</c> it first maximises the number of assigned right nodes and then the score
/// among those (pairs with negative scores may be used to get there); without it, a pair is only made when it
/// raises the total, so pairs scoring ≤ 0 are never chosen and some right nodes may stay unassigned.
/// </summary>
public static class BMatching
{
    public static Assignment Solve(ReadOnlySpan<int> leftCapacity, int rightCount, ReadOnlySpan<ScoredPair> pairs,
        bool requireFullAssignment = false, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rightCount);
        var leftCount = leftCapacity.Length;
        var source = leftCount + rightCount;
        var sink = source + 1;
        var network = new MinCostFlow(leftCount + rightCount + 2);
        for (var i = 0; i < leftCount; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(leftCapacity[i]);
            if (leftCapacity[i] > 0) network.AddArc(source, i, leftCapacity[i], 0);
        }
        var pairArcs = new int[pairs.Length];
        for (var k = 0; k < pairs.Length; k++)
        {
            var pair = pairs[k];
            if ((uint)pair.Left >= (uint)leftCount || (uint)pair.Right >= (uint)rightCount)
                throw new ArgumentOutOfRangeException(nameof(pairs), $"Pair {k} ({pair.Left}, {pair.Right}) is out of range.");
            pairArcs[k] = network.AddArc(pair.Left, leftCount + pair.Right, 1, -pair.Score);
        }
        for (var r = 0; r < rightCount; r++) network.AddArc(leftCount + r, sink, 1, 0);

        network.MaxFlowMinCost(source, sink, onlyProfitable: !requireFullAssignment, cancellationToken: cancellationToken);

        var leftOf = new int[rightCount];
        Array.Fill(leftOf, -1);
        double total = 0;
        var assigned = 0;
        for (var k = 0; k < pairs.Length; k++)
        {
            if (network.Flow(pairArcs[k]) <= 0) continue;
            leftOf[pairs[k].Right] = pairs[k].Left;
            total += pairs[k].Score;
            assigned++;
        }
        return new Assignment(leftOf, total, assigned);
    }
}
