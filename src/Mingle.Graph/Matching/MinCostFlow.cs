namespace Mingle.Graph.Matching;

/// <summary>
/// Minimum-cost flow by successive shortest paths with node potentials (Dijkstra on reduced costs), for integer
/// capacities and double costs (integer costs below 2⁵³ are exact). Costs may be negative as long as no
/// negative-cost cycle has spare capacity; initial potentials then come from Bellman–Ford.
/// Usage: add arcs, then call <see cref="MaxFlowMinCost"/> once (or <see cref="SolveDemands"/>), then read
/// <see cref="Flow"/> per arc. A solved instance cannot be solved again.
/// </summary>
public sealed class MinCostFlow
{
    readonly int nodeCount;
    // Residual arcs in pairs: 2a is arc a, 2a+1 its reverse.
    int[] head = new int[16];
    long[] capacity = new long[16];
    double[] cost = new double[16];
    long[] original = new long[8];
    int arcCount;
    bool solved;

    /// <summary>Creates an empty network on nodes 0..<paramref name="nodeCount"/>-1.</summary>
    public MinCostFlow(int nodeCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        this.nodeCount = nodeCount;
    }

    public int NodeCount => nodeCount;

    public int ArcCount => arcCount;

    /// <summary>Adds an arc and returns its id (0, 1, 2, … in order of addition).</summary>
    public int AddArc(int from, int to, long arcCapacity, double arcCost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegative(to);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(from, nodeCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(to, nodeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(arcCapacity);
        if (!double.IsFinite(arcCost)) throw new ArgumentOutOfRangeException(nameof(arcCost), "Costs must be finite.");
        return AddInternal(from, to, arcCapacity, arcCost);
    }

    int AddInternal(int from, int to, long arcCapacity, double arcCost)
    {
        if (2 * arcCount + 2 > head.Length)
        {
            Array.Resize(ref head, head.Length * 2);
            Array.Resize(ref capacity, capacity.Length * 2);
            Array.Resize(ref cost, cost.Length * 2);
            Array.Resize(ref original, original.Length * 2);
        }
        // head[2a] is the arc's target, head[2a+1] its source (the reverse arc's target).
        head[2 * arcCount] = to;
        head[2 * arcCount + 1] = from;
        capacity[2 * arcCount] = arcCapacity;
        capacity[2 * arcCount + 1] = 0;
        cost[2 * arcCount] = arcCost;
        cost[2 * arcCount + 1] = -arcCost;
        original[arcCount] = arcCapacity;
        return arcCount++;
    }

    /// <summary>Flow on arc <paramref name="arc"/> after solving.</summary>
    public long Flow(int arc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(arc);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(arc, arcCount);
        return original[arc] - capacity[2 * arc];
    }

    /// <summary>
    /// Sends as much flow as possible (at most <paramref name="flowLimit"/>) from <paramref name="source"/> to
    /// <paramref name="sink"/> at minimum cost, like networkx's <c>max_flow_min_cost</c>. With
    /// <paramref name="onlyProfitable"/> it stops as soon as the next augmenting path would not lower the total
    /// cost, which yields the cheapest flow of any value (shortest-path costs never decrease).
    /// </summary>
    public FlowResult MaxFlowMinCost(int source, int sink, long flowLimit = long.MaxValue, bool onlyProfitable = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfNegative(sink);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, nodeCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sink, nodeCount);
        return Run(nodeCount, source, sink, flowLimit, onlyProfitable, cancellationToken);
    }

    /// <summary>
    /// Minimum-cost flow meeting node demands, like networkx's <c>min_cost_flow</c>: <paramref name="demand"/>[v] &gt; 0
    /// means v takes in that much more than it sends, &lt; 0 that it supplies. Demands must sum to zero.
    /// Returns the total cost; throws <see cref="InvalidOperationException"/> when no flow satisfies the demands.
    /// </summary>
    public double SolveDemands(ReadOnlySpan<long> demand, CancellationToken cancellationToken = default)
    {
        if (demand.Length != nodeCount)
            throw new ArgumentException($"Expected {nodeCount} demands, got {demand.Length}.", nameof(demand));
        long supply = 0, need = 0;
        foreach (var d in demand)
        {
            if (d < 0) supply -= d;
            else need += d;
        }
        if (supply != need) throw new InvalidOperationException("Total demand must be zero.");
        // A super source feeds every supplier and every consumer drains into a super sink.
        var superSource = nodeCount;
        var superSink = nodeCount + 1;
        for (var v = 0; v < nodeCount; v++)
        {
            if (demand[v] < 0) AddInternal(superSource, v, -demand[v], 0);
            else if (demand[v] > 0) AddInternal(v, superSink, demand[v], 0);
        }
        var result = Run(nodeCount + 2, superSource, superSink, long.MaxValue, false, cancellationToken);
        if (result.Flow < need) throw new InvalidOperationException("No flow satisfies the demands.");
        return result.Cost;
    }

    FlowResult Run(int n, int source, int sink, long flowLimit, bool onlyProfitable, CancellationToken cancellationToken)
    {
        if (solved) throw new InvalidOperationException("This network has already been solved.");
        solved = true;
        var arcs = 2 * arcCount;
        // Outgoing residual arcs per node, as CSR.
        var start = new int[n + 1];
        for (var e = 0; e < arcs; e++) start[head[e ^ 1] + 1]++;
        for (var v = 0; v < n; v++) start[v + 1] += start[v];
        var outArcs = new int[arcs];
        var fill = (int[])start.Clone();
        for (var e = 0; e < arcs; e++) outArcs[fill[head[e ^ 1]]++] = e;

        var potential = new double[n];
        var hasNegative = false;
        for (var e = 0; e < arcs; e += 2)
            if (cost[e] < 0 && capacity[e] > 0) hasNegative = true;
        if (hasNegative) BellmanFord(n, source, start, outArcs, potential);

        var distance = new double[n];
        var via = new int[n];
        var done = new bool[n];
        var queue = new PriorityQueue<int, double>();
        long flow = 0;
        double totalCost = 0;
        while (flow < flowLimit)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Fill(distance, double.PositiveInfinity);
            Array.Fill(via, -1);
            Array.Clear(done);
            distance[source] = 0;
            queue.Clear();
            queue.Enqueue(source, 0);
            while (queue.TryDequeue(out var u, out var du))
            {
                if (done[u] || du > distance[u]) continue;
                done[u] = true;
                for (var i = start[u]; i < start[u + 1]; i++)
                {
                    var e = outArcs[i];
                    if (capacity[e] <= 0) continue;
                    var v = head[e];
                    if (done[v]) continue;
                    // Reduced costs are ≥ 0 up to rounding; clamping keeps Dijkstra's invariant.
                    var reduced = Math.Max(0, cost[e] + potential[u] - potential[v]);
                    var dv = du + reduced;
                    if (dv < distance[v])
                    {
                        distance[v] = dv;
                        via[v] = e;
                        queue.Enqueue(v, dv);
                    }
                }
            }
            if (!done[sink]) break;
            for (var v = 0; v < n; v++)
                if (done[v]) potential[v] += distance[v];

            long push = flowLimit - flow;
            double pathCost = 0;
            for (var v = sink; v != source; v = head[via[v] ^ 1])
            {
                push = Math.Min(push, capacity[via[v]]);
                pathCost += cost[via[v]];
            }
            if (onlyProfitable && pathCost >= 0) break;
            for (var v = sink; v != source; v = head[via[v] ^ 1])
            {
                capacity[via[v]] -= push;
                capacity[via[v] ^ 1] += push;
            }
            flow += push;
            totalCost += push * pathCost;
        }
        return new FlowResult(flow, totalCost);
    }

    void BellmanFord(int n, int source, int[] start, int[] outArcs, double[] potential)
    {
        var distance = new double[n];
        Array.Fill(distance, double.PositiveInfinity);
        distance[source] = 0;
        var inQueue = new bool[n];
        var queue = new Queue<int>();
        queue.Enqueue(source);
        inQueue[source] = true;
        var relaxations = 0L;
        var limit = (long)n * Math.Max(1, 2 * arcCount) + 1;
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            inQueue[u] = false;
            for (var i = start[u]; i < start[u + 1]; i++)
            {
                var e = outArcs[i];
                if (capacity[e] <= 0) continue;
                var v = head[e];
                if (distance[u] + cost[e] >= distance[v]) continue;
                distance[v] = distance[u] + cost[e];
                if (++relaxations > limit) throw new InvalidOperationException("The network has a negative-cost cycle.");
                if (!inQueue[v])
                {
                    inQueue[v] = true;
                    queue.Enqueue(v);
                }
            }
        }
        // Nodes the source cannot reach stay unreachable for the whole run; their potential does not matter.
        for (var v = 0; v < n; v++) potential[v] = double.IsPositiveInfinity(distance[v]) ? 0 : distance[v];
    }
}
