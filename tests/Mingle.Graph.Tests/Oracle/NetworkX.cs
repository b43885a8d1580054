using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mingle.Graph.Tests.Oracle;

/// <summary>
/// Runs networkx as a test oracle. Needs Debian's python3-networkx (and python3-scipy for PageRank), which only
/// work under /usr/bin/python3. A graph is handed over as a JSON file (weights written round-trip, so the float
/// weights the C# side stores arrive in Python as the very same doubles); the script prints its result on stdout.
/// Scripts live beside the tests and are copied to the output folder (see the .csproj), so pass a path relative to
/// the test project, e.g. "Oracle/networkx_oracle.py" or "Communities/louvain_oracle.py".
/// </summary>
public static class NetworkX
{
    public const string Python = "/usr/bin/python3";

    /// <summary>Full path of a script copied beside the test assembly.</summary>
    public static string Script(string relativePath) => Path.Combine(AppContext.BaseDirectory, relativePath);

    /// <summary>Writes <paramref name="g"/> to a temp JSON file, runs the script as
    /// <c>script graph.json arg1 arg2 …</c> and returns its stdout. Throws with stderr when it fails.</summary>
    public static string Run(string script, Graph g, params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mingle-oracle-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, ToJson(g));
            return RunRaw(script, [path, .. args]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Runs a script with plain arguments (no graph) and returns its stdout.</summary>
    public static string RunRaw(string script, params string[] args)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Script(script));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + Python);
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{script} failed ({p.ExitCode}): {stderr.Result}");
        return stdout;
    }

    /// <summary>Per-node values from Oracle/networkx_oracle.py, keyed by node key. Arguments are key=value,
    /// e.g. <c>NodeValues("betweenness", g, "normalized=false")</c>.</summary>
    public static Dictionary<string, double> NodeValues(string measure, Graph g, params string[] args) =>
        ParseValues(Run("Oracle/networkx_oracle.py", g, [measure, .. args]));

    /// <summary>Parses "key&lt;TAB&gt;value" lines (Python repr of floats, ints, nan, inf).</summary>
    public static Dictionary<string, double> ParseValues(string text)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.LastIndexOf('\t');
            var value = line[(tab + 1)..].Trim();
            result[line[..tab]] = value switch
            {
                "nan" => double.NaN,
                "inf" => double.PositiveInfinity,
                "-inf" => double.NegativeInfinity,
                "True" => 1,
                "False" => 0,
                _ => double.Parse(value, CultureInfo.InvariantCulture),
            };
        }
        return result;
    }

    /// <summary>A classic networkx data set: karate, davis (bipartite), davis_women (weighted projection),
    /// florentine, les_miserables (weighted). Keys are networkx node names as strings.</summary>
    public static Graph Classic(string name, bool weighted = true, bool directed = false)
    {
        using var doc = JsonDocument.Parse(RunRaw("Oracle/classic.py", name));
        var b = new GraphBuilder(directed, weighted);
        foreach (var n in doc.RootElement.GetProperty("nodes").EnumerateArray()) b.AddNode(n.GetString()!);
        foreach (var e in doc.RootElement.GetProperty("edges").EnumerateArray())
            b.AddEdge(e[0].GetString()!, e[1].GetString()!, e[2].GetDouble());
        return b.Build();
    }

    /// <summary>The oracle's JSON form of a graph: every node (isolates too) and every edge once.</summary>
    public static string ToJson(Graph g)
    {
        var sb = new StringBuilder();
        sb.Append("{\"directed\":").Append(g.IsDirected ? "true" : "false")
          .Append(",\"weighted\":").Append(g.IsWeighted ? "true" : "false").Append(",\"nodes\":[");
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (v > 0) sb.Append(',');
            sb.Append(JsonSerializer.Serialize(g.Key(v)));
        }
        sb.Append("],\"edges\":[");
        var first = true;
        for (var v = 0; v < g.NodeCount; v++)
        {
            var nbrs = g.OutNeighbors(v);
            var ws = g.OutWeights(v);
            for (var i = 0; i < nbrs.Length; i++)
            {
                var u = nbrs[i];
                if (!g.IsDirected && u < v) continue;
                if (!first) sb.Append(',');
                first = false;
                var w = ws.IsEmpty ? 1.0 : ws[i];
                sb.Append('[').Append(JsonSerializer.Serialize(g.Key(v))).Append(',')
                  .Append(JsonSerializer.Serialize(g.Key(u))).Append(',')
                  .Append(w.ToString("R", CultureInfo.InvariantCulture)).Append(']');
            }
        }
        sb.Append("]}");
        return sb.ToString();
    }

    /// <summary>Asserts every node's value is within <paramref name="relTol"/> relative of networkx's (or within
    /// <paramref name="absTol"/> absolute, for values near zero); NaN must match NaN. Names the first bad node.</summary>
    public static void AssertClose(Graph g, IReadOnlyDictionary<string, double> expected, ReadOnlySpan<double> actual,
        double relTol = 1e-9, double absTol = 1e-12)
    {
        Assert.Equal(g.NodeCount, actual.Length);
        Assert.Equal(g.NodeCount, expected.Count);
        for (var v = 0; v < g.NodeCount; v++)
        {
            var key = g.Key(v);
            Assert.True(expected.TryGetValue(key, out var e), $"networkx has no value for node {key}");
            var a = actual[v];
            if (double.IsNaN(e))
            {
                Assert.True(double.IsNaN(a), $"node {key}: expected NaN, got {a:R}");
                continue;
            }
            var ok = Math.Abs(a - e) <= Math.Max(absTol, relTol * Math.Abs(e));
            Assert.True(ok, $"node {key}: expected {e:R}, got {a:R} (rel tol {relTol})");
        }
    }
}
