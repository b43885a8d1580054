namespace Mingle.Matching;

/// <summary>An unordered pair of ids as one long, for sets of pairs (blocks, recent matches, ties).</summary>
public static class PairKey
{
    public static long Of(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    public static (int A, int B) Split(long key) => ((int)(key >> 32), (int)(key & 0xFFFFFFFF));
}
