namespace Mingle.Matching;

/// <summary>An unordered pair of ids as one long, for sets of pairs (blocks, recent matches, ties).</summary>
public static class PairKey
{
    public static long Of(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    public static (int A, int B) Split(long key) => ((int)(key >> 32), (int)(key & 0xFFFFFFFF));

    /// <summary>Use for every set or dictionary of pair keys: <c>long.GetHashCode</c> is the two halves XORed,
    /// so pairs of small ids (departments, nearby people) crowd into a few buckets and lookups turn linear.</summary>
    public static IEqualityComparer<long> Comparer { get; } = new MixingComparer();

    sealed class MixingComparer : IEqualityComparer<long>
    {
        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long key)
        {
            var h = (ulong)key * 0x9E3779B97F4A7C15UL;
            return (int)(h >> 32) ^ (int)h;
        }
    }
}
