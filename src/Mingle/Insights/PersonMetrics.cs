using Mingle.Graph.Centrality;

namespace Mingle.Insights;

/// <summary>
/// Per-person measures over the tie graph, computed once per window and only ever shown aggregated (or named where
/// privacy rule 3 allows). Betweenness is exact up to <see cref="ExactBetweennessLimit"/> people and estimated from
/// <see cref="BetweennessSamples"/> sampled sources above that: brokers are the top decile, which a sample ranks
/// reliably, and exact Brandes on 200,000 people would take hours. Betweenness ignores weights, because a tie's weight
/// is its strength, not a distance.
/// </summary>
public sealed class PersonMetrics
{
    public const int ExactBetweennessLimit = 3000;
    public const int BetweennessSamples = 128;

    PersonMetrics(int[] degree, int[] breadth, int[] externalTies, double[] betweenness, double[] constraint, int[] helpSeekers)
    {
        Degree = degree;
        Breadth = breadth;
        ExternalTies = externalTies;
        Betweenness = betweenness;
        Constraint = constraint;
        HelpSeekers = helpSeekers;
    }

    /// <summary>Network size: people tied to.</summary>
    public int[] Degree { get; }

    /// <summary>Distinct other units (at the breadth level) a person has ties with.</summary>
    public int[] Breadth { get; }

    public int[] ExternalTies { get; }

    public double[] Betweenness { get; }

    /// <summary>Burt's constraint; NaN for people without ties.</summary>
    public double[] Constraint { get; }

    public int[] HelpSeekers { get; }

    public static PersonMetrics Compute(TieSet ties, int[] unitLabels, CancellationToken ct, Action<string>? lap = null)
    {
        var g = ties.Graph;
        var n = g.NodeCount;
        var degree = Mingle.Graph.Centrality.Degree.Total(g);
        var breadth = new int[n];
        var external = new int[n];
        var seen = new HashSet<int>();
        for (var v = 0; v < n; v++)
        {
            seen.Clear();
            foreach (var u in g.OutNeighbors(v))
            {
                if (unitLabels[u] == unitLabels[v]) continue;
                external[v]++;
                seen.Add(unitLabels[u]);
            }
            breadth[v] = seen.Count;
        }
        lap?.Invoke("breadth");
        var betweenness = n <= ExactBetweennessLimit
            ? Mingle.Graph.Centrality.Betweenness.Compute(g, normalized: true, useWeights: false, ct: ct)
            : ApproximateBetweenness.Compute(g, BetweennessSamples, seed: 7, normalized: true, useWeights: false, ct: ct);
        lap?.Invoke("betweenness");
        var constraint = Mingle.Graph.StructuralHoles.Constraint.Compute(g, useWeights: true, ct);
        lap?.Invoke("constraint");
        return new PersonMetrics(degree, breadth, external, betweenness, constraint, ties.HelpSeekers);
    }
}
