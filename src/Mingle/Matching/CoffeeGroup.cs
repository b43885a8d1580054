namespace Mingle.Matching;

/// <summary>A planned meeting: two people (three when the odd one out joins), its weight and why they were matched.</summary>
public sealed record CoffeeGroup(int[] Members, double Weight, string Explanation)
{
    public bool IsTrio => Members.Length == 3;

    /// <summary>Every pair inside the group.</summary>
    public IEnumerable<(int A, int B)> Pairs()
    {
        for (var i = 0; i < Members.Length; i++)
            for (var j = i + 1; j < Members.Length; j++)
                yield return (Members[i], Members[j]);
    }
}
