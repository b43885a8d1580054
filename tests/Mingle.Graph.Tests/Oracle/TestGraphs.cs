namespace Mingle.Graph.Tests.Oracle;

/// <summary>
/// Seeded test graphs for oracle and property tests, addressed by name so xunit theories show one case per graph.
/// Weights are float-exact (integers 1..9, or k/4) so networkx and the float CSR see identical numbers and
/// shortest-path ties compare exactly on both sides.
/// </summary>
public static class TestGraphs
{
    public enum Weights { None, Integers, Quarters }

    /// <summary>Names usable with <see cref="Get"/>: undirected, unweighted and weighted.</summary>
    public static TheoryData<string> Undirected =>
    [
        "karate", "florentine", "davis_women", "gnp-60-0.08", "gnp-120-0.03", "scalefree-150-2", "planted-4x25",
        "disconnected-isolates", "gnp-60-0.08-w", "scalefree-150-2-w", "planted-4x25-q", "disconnected-isolates-w",
        "davis_women-w", "karate-w",
    ];

    public static TheoryData<string> Directed =>
    [
        "dgnp-60-0.06", "dgnp-100-0.03", "dscalefree-120-2", "dgnp-60-0.06-w", "dscalefree-120-2-q",
        "ddisconnected-isolates", "ddisconnected-isolates-w",
    ];

    public static TheoryData<string> All
    {
        get
        {
            var all = new TheoryData<string>();
            foreach (var n in Undirected) all.Add(n);
            foreach (var n in Directed) all.Add(n);
            return all;
        }
    }

    /// <summary>Builds the graph called <paramref name="name"/> (see <see cref="All"/>). A trailing "-w" means
    /// integer weights 1..9, "-q" means quarter weights k/4; a leading "d" means directed.</summary>
    public static Graph Get(string name)
    {
        var w = name.EndsWith("-w", StringComparison.Ordinal) ? Weights.Integers
            : name.EndsWith("-q", StringComparison.Ordinal) ? Weights.Quarters : Weights.None;
        var baseName = w == Weights.None ? name : name[..^2];
        var directed = baseName.StartsWith("dgnp", StringComparison.Ordinal) || baseName.StartsWith("dscalefree", StringComparison.Ordinal)
            || baseName.StartsWith("dplanted", StringComparison.Ordinal) || baseName.StartsWith("ddisconnected", StringComparison.Ordinal);
        if (directed) baseName = baseName[1..];
        var parts = baseName.Split('-');
        var seed = StableHash(name);
        return parts[0] switch
        {
            "karate" or "florentine" or "davis_women" => NetworkX.Classic(parts[0], weighted: w != Weights.None),
            "gnp" => Random(int.Parse(parts[1]), double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), seed, directed, w),
            "scalefree" => ScaleFree(int.Parse(parts[1]), int.Parse(parts[2]), seed, directed, w),
            "planted" => PlantedPartition(4, 25, 0.3, 0.02, seed, directed, w),
            "disconnected" => DisconnectedWithIsolates(seed, directed, w),
            _ => throw new ArgumentException("unknown test graph " + name),
        };
    }

    static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s) h = unchecked(h * 31 + c);
        return h & int.MaxValue;
    }

    static double Weight(Random rng, Weights w) => w switch
    {
        Weights.Integers => rng.Next(1, 10),
        Weights.Quarters => rng.Next(1, 13) / 4.0,
        _ => 1.0,
    };

    static GraphBuilder NewBuilder(int n, bool directed, Weights w)
    {
        var b = new GraphBuilder(directed, w != Weights.None);
        for (var i = 0; i < n; i++) b.AddNode("n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return b;
    }

    static string K(int i) => "n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Erdős–Rényi G(n, p), without self-loops.</summary>
    public static Graph Random(int n, double p, int seed, bool directed = false, Weights w = Weights.None)
    {
        var rng = new Random(seed);
        var b = NewBuilder(n, directed, w);
        for (var i = 0; i < n; i++)
            for (var j = directed ? 0 : i + 1; j < n; j++)
                if (i != j && rng.NextDouble() < p) b.AddEdge(K(i), K(j), Weight(rng, w));
        return b.Build();
    }

    /// <summary>Barabási–Albert-like preferential attachment: each new node links to m distinct earlier nodes
    /// chosen proportionally to degree (directed graphs point new → old, plus a few old → new arcs so cycles exist).</summary>
    public static Graph ScaleFree(int n, int m, int seed, bool directed = false, Weights w = Weights.None)
    {
        var rng = new Random(seed);
        var b = NewBuilder(n, directed, w);
        var ends = new List<int>();
        for (var i = 0; i <= m; i++)
            for (var j = 0; j < i; j++)
            {
                b.AddEdge(K(i), K(j), Weight(rng, w));
                ends.Add(i);
                ends.Add(j);
            }
        var chosen = new HashSet<int>();
        for (var v = m + 1; v < n; v++)
        {
            chosen.Clear();
            while (chosen.Count < m) chosen.Add(ends[rng.Next(ends.Count)]);
            foreach (var u in chosen.Order())
            {
                if (directed && rng.NextDouble() < 0.2) b.AddEdge(K(u), K(v), Weight(rng, w));
                else b.AddEdge(K(v), K(u), Weight(rng, w));
                ends.Add(u);
                ends.Add(v);
            }
        }
        return b.Build();
    }

    /// <summary>Planted partition: <paramref name="groups"/> blocks of <paramref name="size"/> nodes, edge
    /// probability pIn inside a block and pOut across. Node keys are "n{i}", block = i / size.</summary>
    public static Graph PlantedPartition(int groups, int size, double pIn, double pOut, int seed, bool directed = false,
        Weights w = Weights.None)
    {
        var rng = new Random(seed);
        var n = groups * size;
        var b = NewBuilder(n, directed, w);
        for (var i = 0; i < n; i++)
            for (var j = directed ? 0 : i + 1; j < n; j++)
                if (i != j && rng.NextDouble() < (i / size == j / size ? pIn : pOut)) b.AddEdge(K(i), K(j), Weight(rng, w));
        return b.Build();
    }

    /// <summary>Three separate random pieces (a dense one, a sparse one, a path) plus five isolated nodes.</summary>
    public static Graph DisconnectedWithIsolates(int seed, bool directed = false, Weights w = Weights.None)
    {
        var rng = new Random(seed);
        var b = NewBuilder(70, directed, w);
        void Piece(int from, int to, double p)
        {
            for (var i = from; i < to; i++)
                for (var j = directed ? from : i + 1; j < to; j++)
                    if (i != j && rng.NextDouble() < p) b.AddEdge(K(i), K(j), Weight(rng, w));
        }
        Piece(0, 25, 0.25);
        Piece(25, 55, 0.1);
        for (var i = 55; i < 64; i++) b.AddEdge(K(i), K(i + 1), Weight(rng, w));
        // nodes 65..69 stay isolated
        return b.Build();
    }
}
