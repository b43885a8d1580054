namespace Mingle.Expertise;

/// <summary>Set operations on sorted, distinct int arrays (postings lists).</summary>
public static class SortedSets
{
    public static int[] Intersect(IReadOnlyList<int[]> lists)
    {
        if (lists.Count == 0) return [];
        var ordered = lists.OrderBy(l => l.Length).ToArray();
        var result = ordered[0];
        for (var i = 1; i < ordered.Length && result.Length > 0; i++) result = Intersect(result, ordered[i]);
        return result;
    }

    static int[] Intersect(int[] small, int[] large)
    {
        var output = new List<int>(small.Length);
        foreach (var x in small)
        {
            if (Array.BinarySearch(large, x) >= 0) output.Add(x);
        }
        return [.. output];
    }
}
