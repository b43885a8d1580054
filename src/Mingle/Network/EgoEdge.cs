namespace Mingle.Network;

/// <summary>Two people in my network who are mutual connections of each other (<see cref="From"/> &lt; <see cref="To"/>).</summary>
public sealed record EgoEdge(int From, int To);
