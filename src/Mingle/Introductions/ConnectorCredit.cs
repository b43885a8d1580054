namespace Mingle.Introductions;

/// <summary>Public credit for connecting colleagues: introductions proposed, and how many both sides accepted.</summary>
public sealed record ConnectorCredit(int PersonId, int Made, int Accepted);
