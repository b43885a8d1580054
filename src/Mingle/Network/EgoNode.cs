namespace Mingle.Network;

/// <summary>A person on my ego-network picture; <see cref="Group"/> indexes <see cref="EgoNetworkPicture.Groups"/>.</summary>
public sealed record EgoNode(int PersonId, string Name, string? Unit, string Kind, int Group, double X, double Y);
