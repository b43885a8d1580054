namespace Mingle.Graph.Communities;

/// <summary>
/// A partition of a graph's nodes. <paramref name="Membership"/>[v] is the community of node v, with labels dense
/// in 0..<paramref name="CommunityCount"/>-1; <paramref name="Modularity"/> is the partition's modularity at the
/// resolution it was found with (see <see cref="Communities.Modularity.Compute"/>).
/// </summary>
public sealed record Partition(int[] Membership, int CommunityCount, double Modularity);
