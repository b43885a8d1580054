using System.Diagnostics;
using System.Globalization;
using Mingle.Graph.Centrality;
using Mingle.Graph.Clustering;
using Mingle.Graph.Communities;
using Mingle.Graph.Components;
using Mingle.Graph.IO;
using Mingle.Graph.KCore;
using Mingle.Graph.Matching;
using Mingle.Graph.StructuralHoles;
using G = Mingle.Graph.Graph;

namespace Mingle.Cli.Graph;

/// <summary>Loads the edge list, computes one measure and writes CSV. Separate from the command so tests can run it
/// with their own writers.</summary>
internal static class GraphRunner
{
    public static readonly string[] Measures =
    [
        "degree", "strength", "components", "closeness", "harmonic", "betweenness", "pagerank", "eigenvector",
        "clustering", "constraint", "effective-size", "kcore", "louvain", "leiden", "matching",
    ];

    /// <summary>Exact blossom matching is O(n³) in the worst case; above this many nodes the approximation is used.</summary>
    internal const int ExactMatchingMaxNodes = Mingle.Graph.Matching.MaxWeightMatching.RecommendedMaxNodes;

    public static int Run(GraphRequest request, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        G g;
        try
        {
            g = EdgeListReader.ReadFile(request.Input, request.Directed, request.Weighted, ct: ct);
        }
        catch (EdgeListFormatException e)
        {
            stderr.WriteLine($"error: {request.Input}: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot read {request.Input}: {e.Message}");
            return 2;
        }
        var loadMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        Result result;
        try
        {
            result = Compute(request, g, stderr, ct);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"error: {request.Measure}: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is ConvergenceException or NotSupportedException)
        {
            stderr.WriteLine($"error: {request.Measure}: {e.Message}");
            return 1;
        }
        var computeMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        if (request.Output is { } path)
        {
            using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
            result.Write(g, file);
        }
        else
        {
            // Console.Out flushes per write; a buffered writer on the raw stream is much faster for big outputs.
            var writer = ReferenceEquals(stdout, Console.Out)
                ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16)
                : stdout;
            result.Write(g, writer);
            writer.Flush();
            if (!ReferenceEquals(writer, stdout)) writer.Dispose();
        }
        if (result.Summary is { } summary) stdout.WriteLine(summary);
        stdout.Flush();
        if (request.Timings)
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"timings: load_ms={loadMs:F1} compute_ms={computeMs:F1} write_ms={clock.Elapsed.TotalMilliseconds:F1} nodes={g.NodeCount} edges={g.EdgeCount}"));
        return 0;
    }

    static Result Compute(GraphRequest r, G g, TextWriter stderr, CancellationToken ct)
    {
        switch (r.Measure)
        {
            case "degree": return Result.Ints("value", Degree.Total(g));
            case "strength": return Result.Doubles(Strength.Total(g));
            case "components": return Result.Ints("community", WeakComponents.Compute(g, ct));
            case "closeness": return Result.Doubles(Closeness.Compute(g, ct: ct));
            case "harmonic": return Result.Doubles(Harmonic.Compute(g, ct: ct));
            case "betweenness":
                return Result.Doubles(r.Samples is { } k
                    ? ApproximateBetweenness.Compute(g, k, r.Seed, ct: ct)
                    : Betweenness.Compute(g, ct: ct));
            case "pagerank": return Result.Doubles(PageRank.Compute(g, ct: ct));
            case "eigenvector": return Result.Doubles(Eigenvector.Compute(g, ct: ct));
            case "clustering": return Result.Doubles(LocalClustering.Compute(g, ct: ct));
            case "constraint": return Result.Doubles(Constraint.Compute(g, ct: ct));
            case "effective-size": return Result.Doubles(EffectiveSize.Compute(g, ct: ct));
            case "kcore": return Result.Ints("value", CoreNumber.Compute(g, ct));
            case "louvain":
            case "leiden":
                {
                    var p = r.Measure == "louvain"
                        ? Louvain.Detect(g, r.Resolution, r.Seed, ct)
                        : Leiden.Detect(g, r.Resolution, r.Seed, ct);
                    return Result.Ints("community", p.Membership) with
                    {
                        Summary = "modularity," + Format(Modularity.Compute(g, p.Membership, r.Resolution)),
                    };
                }
            case "matching":
                {
                    if (g.IsDirected) throw new ArgumentException("matching needs an undirected graph (drop --directed)");
                    MatchingResult m;
                    if (r.Approximate || g.NodeCount > ExactMatchingMaxNodes)
                    {
                        stderr.WriteLine($"note: approximate matching (at least {ApproximateMatching.Bound:P0} of the maximum weight)");
                        m = ApproximateMatching.Find(g, ct);
                    }
                    else
                    {
                        m = MaxWeightMatching.Find(g, cancellationToken: ct);
                    }
                    return new Result(null, null, null, m) { Summary = "total_weight," + Format(m.TotalWeight) };
                }
            default: throw new ArgumentException("unknown measure " + r.Measure);
        }
    }

    internal static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    sealed record Result(string? Column, int[]? IntValues, double[]? DoubleValues, MatchingResult? Matching)
    {
        public string? Summary { get; init; }

        public static Result Ints(string column, int[] values) => new(column, values, null, null);

        public static Result Doubles(double[] values) => new("value", null, values, null);

        public void Write(G g, TextWriter w)
        {
            Span<char> buf = stackalloc char[32];
            if (Matching is { } m)
            {
                w.Write("u,v,weight\n");
                for (var u = 0; u < m.Mate.Length; u++)
                {
                    var v = m.Mate[u];
                    if (v <= u) continue;
                    WriteKey(w, g.Key(u));
                    w.Write(',');
                    WriteKey(w, g.Key(v));
                    w.Write(',');
                    WriteDouble(w, EdgeWeight(g, u, v), buf);
                    w.Write('\n');
                }
                return;
            }
            w.Write("node,");
            w.Write(Column);
            w.Write('\n');
            for (var v = 0; v < g.NodeCount; v++)
            {
                WriteKey(w, g.Key(v));
                w.Write(',');
                if (IntValues is not null)
                {
                    IntValues[v].TryFormat(buf, out var n, default, CultureInfo.InvariantCulture);
                    w.Write(buf[..n]);
                }
                else
                {
                    WriteDouble(w, DoubleValues![v], buf);
                }
                w.Write('\n');
            }
        }

        static double EdgeWeight(G g, int u, int v)
        {
            if (!g.IsWeighted) return 1;
            var i = g.OutNeighbors(u).BinarySearch(v);
            return g.OutWeights(u)[i];
        }

        static void WriteDouble(TextWriter w, double x, Span<char> buf)
        {
            x.TryFormat(buf, out var n, "R", CultureInfo.InvariantCulture);
            w.Write(buf[..n]);
        }

        /// <summary>RFC 4180 quoting, only when the key needs it.</summary>
        static void WriteKey(TextWriter w, string key)
        {
            if (key.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                w.Write(key);
                return;
            }
            w.Write('"');
            w.Write(key.Replace("\"", "\"\"", StringComparison.Ordinal));
            w.Write('"');
        }
    }
}
