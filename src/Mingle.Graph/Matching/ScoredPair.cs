namespace Mingle.Graph.Matching;

/// <summary>A candidate assignment of right node <paramref name="Right"/> to left node <paramref name="Left"/>.</summary>
public readonly record struct ScoredPair(int Left, int Right, double Score);
