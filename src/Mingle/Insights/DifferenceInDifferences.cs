namespace Mingle.Insights;

/// <summary>
/// A difference-in-differences estimate with exact-stratum matching. Each participant is compared with the
/// non-participants of their own stratum (same department, level band and tenure band): the comparison group's change
/// is the average of the per-stratum mean changes, weighted by how many participants each stratum holds, so the
/// estimate is the effect on the participants (ATT) and a stratum of many non-participants does not outweigh one of
/// few. Participants in a stratum without any non-participant are left out (counted as unmatched), and so are
/// non-participants in strata without participants.
/// <para>DiD = (post − pre) of participants − weighted (post − pre) of the comparison group. The 95 % interval is a
/// stratified percentile bootstrap over people: participants and comparison people are resampled with replacement
/// within their stratum, <see cref="Samples"/> times, from a fixed seed, so the same data always gives the same interval.</para>
/// </summary>
public static class DifferenceInDifferences
{
    public const int Samples = 1000;

    /// <param name="participants">(stratum, pre, post) per participant.</param>
    /// <param name="pool">(stratum, pre, post) per possible comparison person.</param>
    /// <returns>Null when fewer than <paramref name="k"/> matched participants or comparison people remain.</returns>
    public static DidResult? Estimate(IReadOnlyList<PersonOutcome> participants, IReadOnlyList<PersonOutcome> pool, int k, int seed)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(pool);
        var byStratum = new SortedDictionary<long, (List<PersonOutcome> P, List<PersonOutcome> C)>();
        foreach (var p in participants) Slot(byStratum, p.Stratum).P.Add(p);
        foreach (var c in pool) Slot(byStratum, c.Stratum).C.Add(c);
        var strata = byStratum.Values.Where(s => s.P.Count > 0 && s.C.Count > 0).ToList();
        var matched = strata.Sum(s => s.P.Count);
        var comparison = strata.Sum(s => s.C.Count);
        if (matched < k || comparison < k) return null;

        var point = Means(strata, matched);
        var random = new Random(seed);
        var estimates = new double[Samples];
        var resampled = strata.Select(s => (P: new PersonOutcome[s.P.Count], C: new PersonOutcome[s.C.Count])).ToList();
        for (var b = 0; b < Samples; b++)
        {
            for (var s = 0; s < strata.Count; s++)
            {
                Draw(strata[s].P, resampled[s].P, random);
                Draw(strata[s].C, resampled[s].C, random);
            }
            estimates[b] = Means(resampled.Select(r => (r.P.ToList(), r.C.ToList())).ToList(), matched).Did;
        }
        Array.Sort(estimates);
        return point with
        {
            Participants = matched,
            Comparison = comparison,
            Unmatched = participants.Count - matched,
            Low = Percentile(estimates, 0.025),
            High = Percentile(estimates, 0.975),
        };
    }

    static (List<PersonOutcome> P, List<PersonOutcome> C) Slot(SortedDictionary<long, (List<PersonOutcome>, List<PersonOutcome>)> map, long key)
    {
        if (!map.TryGetValue(key, out var slot)) map[key] = slot = ([], []);
        return slot;
    }

    static void Draw(List<PersonOutcome> from, PersonOutcome[] into, Random random)
    {
        for (var i = 0; i < into.Length; i++) into[i] = from[random.Next(from.Count)];
    }

    static DidResult Means(List<(List<PersonOutcome> P, List<PersonOutcome> C)> strata, int matched)
    {
        double pPre = 0, pPost = 0, cPre = 0, cPost = 0;
        foreach (var (p, c) in strata)
        {
            var weight = (double)p.Count / matched;
            pPre += p.Sum(x => x.Pre) / matched;
            pPost += p.Sum(x => x.Post) / matched;
            cPre += weight * c.Average(x => x.Pre);
            cPost += weight * c.Average(x => x.Post);
        }
        return new DidResult(0, 0, 0, pPre, pPost, cPre, cPost, (pPost - pPre) - (cPost - cPre), 0, 0);
    }

    /// <summary>Linear interpolation between order statistics (numpy's default).</summary>
    static double Percentile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}

/// <summary>One person's outcome before and after, and the stratum they are matched within.</summary>
public readonly record struct PersonOutcome(long Stratum, double Pre, double Post);

public sealed record DidResult(int Participants, int Comparison, int Unmatched, double ParticipantsPre, double ParticipantsPost,
    double ComparisonPre, double ComparisonPost, double Did, double Low, double High);
