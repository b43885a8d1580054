using Mingle.Graph.Paths;

namespace Mingle.Graph.Centrality;

/// <summary>
/// Runs one backward shortest-path search per node in parallel and hands each node's distances to a reducer.
/// Closeness and harmonic centrality in networkx both use distances <em>to</em> a node in directed graphs; each
/// node's value depends only on its own search, so results are deterministic whatever the thread count.
/// </summary>
static class IncomingDistances
{
    /// <summary>Per node u: <paramref name="reduce"/>(distances of the nodes that reach u, excluding u itself).</summary>
    public static double[] ForEachNode(Graph g, bool weighted, Func<ReadOnlySpan<double>, int, double> reduce,
        int maxDegreeOfParallelism, CancellationToken ct)
    {
        var n = g.NodeCount;
        var result = new double[n];
        NodeParallel.For(n, () => new Buffers(n, weighted), (u, b) =>
        {
            var reached = b.Search(g, u, weighted);
            result[u] = reduce(b.Found.AsSpan(0, reached - 1), n);
        }, ct, maxDegreeOfParallelism);
        return result;
    }

    sealed class Buffers
    {
        readonly int[] dist = [];
        readonly double[] wdist = [];
        readonly int[] order;
        readonly PriorityQueue<int, double>? heap;
        public readonly double[] Found;

        public Buffers(int n, bool weighted)
        {
            order = new int[n];
            Found = new double[n];
            if (weighted)
            {
                wdist = new double[n];
                Array.Fill(wdist, double.PositiveInfinity);
                heap = new PriorityQueue<int, double>();
            }
            else
            {
                dist = new int[n];
                Array.Fill(dist, -1);
            }
        }

        /// <summary>Fills Found[0..reached-1) with the distances of the other reached nodes; returns reached
        /// (including the source).</summary>
        public int Search(Graph g, int u, bool weighted)
        {
            int reached;
            if (weighted)
            {
                reached = Dijkstra.Run(g, u, reverse: true, wdist, order, heap!);
                for (var i = 1; i < reached; i++)
                {
                    Found[i - 1] = wdist[order[i]];
                }
                for (var i = 0; i < reached; i++) wdist[order[i]] = double.PositiveInfinity;
            }
            else
            {
                reached = Bfs.Run(g, u, reverse: true, dist, order);
                for (var i = 1; i < reached; i++) Found[i - 1] = dist[order[i]];
                for (var i = 0; i < reached; i++) dist[order[i]] = -1;
            }
            return reached;
        }
    }
}
