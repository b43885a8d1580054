using TieGraph = Mingle.Graph.Graph;

namespace Mingle.Matching;

/// <summary>
/// How much each pair of units talks: the number of ties between them (people pairs with at least one interaction
/// in the window) over the number of possible pairs. Measured from a tie graph (Mingle.Graph) and a unit label per
/// node; the simulation adds ties as matches meet. The <see cref="SiloScore"/> turns a density into the planner's
/// preference: 1 for units with no tie at all, falling towards 0 the more they talk compared with the average.
/// </summary>
public sealed class UnitTieDensity
{
    readonly Dictionary<int, int> size = [];
    readonly Dictionary<long, int> ties = new(PairKey.Comparer);
    long crossTies;
    long crossPossible;

    UnitTieDensity()
    {
    }

    /// <summary>Units that appear in the measurement (possibly with no tie).</summary>
    public IReadOnlyCollection<int> Units => size.Keys;

    /// <summary>Ties between two different units across the whole organisation over all possible such pairs.</summary>
    public double AverageCrossDensity => crossPossible == 0 ? 0 : (double)crossTies / crossPossible;

    /// <summary>Counts ties between the units of <paramref name="unitOfNode"/>; node v of the graph belongs to
    /// unit unitOfNode[v] (any int; negative means "no unit" and is left out).</summary>
    public static UnitTieDensity Measure(TieGraph ties, ReadOnlySpan<int> unitOfNode)
    {
        ArgumentNullException.ThrowIfNull(ties);
        if (unitOfNode.Length != ties.NodeCount)
            throw new ArgumentException($"Expected {ties.NodeCount} unit labels, got {unitOfNode.Length}.", nameof(unitOfNode));
        var result = new UnitTieDensity();
        foreach (var u in unitOfNode)
            if (u >= 0) result.size[u] = result.size.GetValueOrDefault(u) + 1;
        var offsets = ties.OutOffsets;
        var targets = ties.OutTargets;
        for (var v = 0; v < ties.NodeCount; v++)
        {
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = targets[p];
                if (!ties.IsDirected && w < v) continue; // each undirected edge once
                result.CountTie(unitOfNode[v], unitOfNode[w]);
            }
        }
        long people = 0, sumSquares = 0;
        foreach (var s in result.size.Values)
        {
            people += s;
            sumSquares += (long)s * s;
        }
        result.crossPossible = (people * people - sumSquares) / 2;
        return result;
    }

    /// <summary>Records one more tie between people of these units (a match that met).</summary>
    public void AddTie(int unitA, int unitB) => CountTie(unitA, unitB);

    void CountTie(int a, int b)
    {
        if (a < 0 || b < 0 || a == b) return;
        var key = PairKey.Of(a, b);
        ties[key] = ties.GetValueOrDefault(key) + 1;
        crossTies++;
    }

    public int TiesBetween(int unitA, int unitB) => unitA == unitB ? 0 : ties.GetValueOrDefault(PairKey.Of(unitA, unitB));

    /// <summary>Ties over possible pairs between two different units; 0 for unknown units.</summary>
    public double Density(int unitA, int unitB)
    {
        if (unitA == unitB) return 1;
        var sa = size.GetValueOrDefault(unitA);
        var sb = size.GetValueOrDefault(unitB);
        return sa == 0 || sb == 0 ? 0 : (double)TiesBetween(unitA, unitB) / ((double)sa * sb);
    }

    /// <summary>
    /// 1 when the units have no tie at all; otherwise at most ½, halving again each time the density reaches the
    /// organisation's average cross-unit density: units that barely talk score highest, and a first tie between
    /// two units counts for more than a tenth.
    /// </summary>
    public double SiloScore(int unitA, int unitB)
    {
        if (unitA == unitB) return 0;
        if (TiesBetween(unitA, unitB) == 0) return 1;
        var average = AverageCrossDensity;
        var relative = average <= 0 ? 1 : Density(unitA, unitB) / average;
        return 0.5 / (1 + relative);
    }

    /// <summary>Pairs of different units (a &lt; b) with at least one tie.</summary>
    public IEnumerable<(int A, int B, int Ties)> ConnectedPairs()
    {
        foreach (var (key, count) in ties)
        {
            var (a, b) = PairKey.Split(key);
            yield return (a, b, count);
        }
    }

    public UnitTieDensity Clone()
    {
        var copy = new UnitTieDensity { crossTies = crossTies, crossPossible = crossPossible };
        foreach (var (k, v) in size) copy.size[k] = v;
        foreach (var (k, v) in ties) copy.ties[k] = v;
        return copy;
    }
}
