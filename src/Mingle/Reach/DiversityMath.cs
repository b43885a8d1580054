namespace Mingle.Reach;

/// <summary>The diversity indices, kept apart so they can be checked by hand.</summary>
public static class DiversityMath
{
    /// <summary>Shannon entropy (natural log) of the counts' shares, divided by ln <paramref name="groups"/>; 0 when groups ≤ 1.</summary>
    public static double NormalisedEntropy(IEnumerable<int> counts, int groups)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (groups <= 1) return 0;
        var list = counts.Where(c => c > 0).ToList();
        double total = list.Sum();
        if (total == 0) return 0;
        var h = -list.Sum(c => c / total * Math.Log(c / total));
        return Math.Min(1, h / Math.Log(groups));
    }

    /// <summary>Blau's index of heterogeneity 1 − Σ p²; 0 for no counts.</summary>
    public static double Blau(IEnumerable<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var list = counts.Where(c => c > 0).ToList();
        double total = list.Sum();
        return total == 0 ? 0 : 1 - list.Sum(c => c / total * (c / total));
    }
}
