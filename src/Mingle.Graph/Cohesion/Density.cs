namespace Mingle.Graph.Cohesion;

/// <summary>networkx <c>density</c>: m / (n(n−1)) for a directed graph, 2m / (n(n−1)) undirected; 0 below two nodes.</summary>
public static class Density
{
    public static double Compute(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (n <= 1) return 0;
        var m = (double)graph.EdgeCount;
        return graph.IsDirected ? m / ((double)n * (n - 1)) : 2 * m / ((double)n * (n - 1));
    }
}
