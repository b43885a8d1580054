namespace Mingle.Graph.Assortativity;

/// <summary>
/// Normalised mutual information between two partitions of the same items, NMI = I(A;B) / ((H(A) + H(B)) / 2):
/// the arithmetic-mean normalisation, which is scikit-learn's default for <c>normalized_mutual_info_score</c>.
/// We chose it because analysts compare against scikit-learn and it is symmetric and bounded by 1. Edge cases follow
/// scikit-learn: two single-cluster (or empty) labellings give 1, zero mutual information gives 0.
/// Labels are arbitrary ints; the value does not depend on the logarithm's base.
/// </summary>
public static class NormalizedMutualInformation
{
    public static double Compute(ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        if (first.Length != second.Length)
            throw new ArgumentException("Both partitions must label the same number of items.", nameof(second));
        var n = first.Length;
        var a = Dense(first, out var aCount);
        var b = Dense(second, out var bCount);
        if ((aCount == 1 && bCount == 1) || n == 0) return 1.0;

        var aSize = new long[aCount];
        var bSize = new long[bCount];
        var joint = new Dictionary<long, long>();
        for (var i = 0; i < n; i++)
        {
            aSize[a[i]]++;
            bSize[b[i]]++;
            var key = (long)a[i] * bCount + b[i];
            joint[key] = joint.GetValueOrDefault(key) + 1;
        }
        double total = n;
        double mi = 0;
        foreach (var (key, count) in joint)
        {
            var i = (int)(key / bCount);
            var j = (int)(key % bCount);
            mi += count / total * Math.Log(count * total / ((double)aSize[i] * bSize[j]));
        }
        mi = Math.Max(mi, 0); // rounding can push an independent pair slightly below zero
        if (mi == 0) return 0.0;
        var normalizer = (Entropy(aSize, total) + Entropy(bSize, total)) / 2;
        return mi / normalizer;
    }

    static double Entropy(long[] sizes, double total)
    {
        double h = 0;
        foreach (var s in sizes)
            if (s > 0) h -= s / total * Math.Log(s / total);
        return h;
    }

    static int[] Dense(ReadOnlySpan<int> labels, out int count)
    {
        var map = new Dictionary<int, int>();
        var dense = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (!map.TryGetValue(labels[i], out var d))
            {
                d = map.Count;
                map.Add(labels[i], d);
            }
            dense[i] = d;
        }
        count = map.Count;
        return dense;
    }
}
