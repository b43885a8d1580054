namespace Mingle.Network;

/// <summary>The entry now in my network and, when I asked for a connection, the request sent (null if it was mutual already).</summary>
public sealed record AddToNetworkResult(NetworkEntryDetail Entry, ConnectionRequestView? Request);
