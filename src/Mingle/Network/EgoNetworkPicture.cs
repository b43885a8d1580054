namespace Mingle.Network;

/// <summary>
/// Me at (<see cref="CentreX"/>, <see cref="CentreY"/>) and the people of my network laid out on a ring;
/// <see cref="Total"/> counts everyone in my network, of whom at most <see cref="EgoNetwork.MaxNodes"/> are drawn.
/// </summary>
public sealed record EgoNetworkPicture(
    double CentreX, double CentreY, IReadOnlyList<EgoNode> Nodes, IReadOnlyList<EgoEdge> Edges, IReadOnlyList<EgoGroup> Groups, int Total);
