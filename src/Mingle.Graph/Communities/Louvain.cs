namespace Mingle.Graph.Communities;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) maximising modularity with a resolution γ, for undirected and
/// directed graphs (directed modularity as networkx's <c>louvain_communities</c>). Each level moves nodes until no
/// single move improves modularity, then collapses communities into nodes; it stops when a level merges nothing.
/// Node visiting order is shuffled with <paramref name="seed"/>, so a seed always gives the same partition.
/// </summary>
public static class Louvain
{
    public static Partition Detect(Graph graph, double resolution = 1.0, int seed = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var random = new Random(seed);
        var level = LevelGraph.From(graph);
        // membership[v] = the level node that original node v has been collapsed into.
        var membership = new int[n];
        for (var v = 0; v < n; v++) membership[v] = v;

        while (level.NodeCount > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var community = new int[level.NodeCount];
            for (var v = 0; v < community.Length; v++) community[v] = v;
            LocalMoving.Run(level, community, resolution, random, cancellationToken, sweeps: true);
            var count = LocalMoving.Renumber(community);
            if (count == level.NodeCount) break;
            for (var v = 0; v < n; v++) membership[v] = community[membership[v]];
            level = level.Aggregate(community, count);
        }

        var communities = LocalMoving.Renumber(membership);
        return new Partition(membership, communities, Modularity.Compute(graph, membership, resolution));
    }
}
