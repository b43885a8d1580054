namespace Mingle.Network;

/// <summary>A unit (or "Other units") in the picture's legend with its colour and how many people it holds.</summary>
public sealed record EgoGroup(string Name, string Colour, int People);
