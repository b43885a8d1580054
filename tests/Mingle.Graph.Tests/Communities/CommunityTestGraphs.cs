using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Communities;

/// <summary>The shared oracle graphs plus a few community-specific ones (self-loops, larger planted partitions).</summary>
public static class CommunityTestGraphs
{
    public static TheoryData<string> All
    {
        get
        {
            var all = new TheoryData<string>();
            foreach (var n in TestGraphs.All) all.Add(n);
            all.Add("loops-u");
            all.Add("loops-d-w");
            all.Add("planted-8x40");
            all.Add("dplanted-5x30");
            return all;
        }
    }

    public static Graph Get(string name) => name switch
    {
        "loops-u" => WithSelfLoops(directed: false, weighted: false),
        "loops-d-w" => WithSelfLoops(directed: true, weighted: true),
        "planted-8x40" => TestGraphs.PlantedPartition(8, 40, 0.25, 0.01, seed: 8, w: TestGraphs.Weights.Quarters),
        "dplanted-5x30" => TestGraphs.PlantedPartition(5, 30, 0.25, 0.02, seed: 5, directed: true),
        _ => TestGraphs.Get(name),
    };

    /// <summary>A random graph where a fifth of the nodes carry a self-loop, to pin down how loops count.</summary>
    static Graph WithSelfLoops(bool directed, bool weighted)
    {
        var rng = new Random(42);
        var b = new GraphBuilder(directed, weighted);
        for (var i = 0; i < 40; i++) b.AddNode("v" + i);
        for (var i = 0; i < 40; i++)
        {
            if (i % 5 == 0) b.AddEdge("v" + i, "v" + i, rng.Next(1, 5));
            for (var j = 0; j < 40; j++)
                if (i != j && (directed || j > i) && rng.NextDouble() < 0.1) b.AddEdge("v" + i, "v" + j, rng.Next(1, 5));
        }
        return b.Build();
    }

    public static int[] RandomLabels(int n, int k, int seed)
    {
        var rng = new Random(seed);
        var labels = new int[n];
        for (var i = 0; i < n; i++) labels[i] = rng.Next(k);
        return labels;
    }
}
