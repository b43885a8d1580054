using System.Globalization;
using System.Text;
using Mingle.Graph.Tests.Oracle;

namespace Mingle.Graph.Tests.Matching;

/// <summary>
/// Runs Matching/matching_oracle.py once for a whole batch of graphs (starting networkx costs ~0.5 s, so one
/// process per small graph would dominate the suite) and caches networkx's answers by case name.
/// </summary>
public static class MatchingOracle
{
    public sealed record Expected(double Weight, double MaxCardinalityWeight, int MaxCardinalityPairs);

    static readonly Lazy<Dictionary<string, Expected>> Answers = new(Compute);

    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in CaseNames()) data.Add(name);
            return data;
        }
    }

    public static Expected For(string name) => Answers.Value[name];

    static IEnumerable<string> CaseNames()
    {
        foreach (var n in TestGraphs.Undirected) yield return n;
        for (var seed = 1; seed <= 40; seed++) yield return "rand-" + seed.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Small random graphs with integer weights 1..k: dense enough for nested blossoms, sparse enough for
    /// unmatched vertices; every fifth is unweighted, every seventh has quarter weights.</summary>
    public static Graph Get(string name)
    {
        if (!name.StartsWith("rand-", StringComparison.Ordinal)) return TestGraphs.Get(name);
        var seed = int.Parse(name[5..], CultureInfo.InvariantCulture);
        var rng = new Random(seed * 7919);
        var n = rng.Next(4, 45);
        var p = 0.05 + rng.NextDouble() * 0.5;
        var weighted = seed % 5 != 0;
        var quarters = seed % 7 == 0;
        var maxWeight = rng.Next(2, 30);
        var b = new GraphBuilder(directed: false, weighted);
        for (var i = 0; i < n; i++) b.AddNode("v" + i.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                if (rng.NextDouble() < p)
                    b.AddEdge("v" + i.ToString(CultureInfo.InvariantCulture), "v" + j.ToString(CultureInfo.InvariantCulture),
                        quarters ? rng.Next(1, 4 * maxWeight) / 4.0 : rng.Next(1, maxWeight + 1));
        return b.Build();
    }

    static Dictionary<string, Expected> Compute()
    {
        var names = CaseNames().ToList();
        var json = new StringBuilder("[");
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0) json.Append(',');
            json.Append(NetworkX.ToJson(Get(names[i])));
        }
        json.Append(']');
        var path = Path.Combine(Path.GetTempPath(), $"mingle-matching-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, json.ToString());
            var lines = NetworkX.RunRaw("Matching/matching_oracle.py", path, "matching")
                .Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var result = new Dictionary<string, Expected>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                var parts = lines[i].Split('\t');
                result[names[i]] = new Expected(double.Parse(parts[0], CultureInfo.InvariantCulture),
                    double.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
            }
            return result;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
