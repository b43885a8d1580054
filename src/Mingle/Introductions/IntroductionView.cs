using Mingle.People;

namespace Mingle.Introductions;

/// <summary>
/// An introduction as the caller may see it. <see cref="Role"/> is "connector" or "party". A connector sees both
/// people and a status of "pending", "accepted" or "not now" (never who declined); a party sees the other person,
/// their own answer and a status of "awaiting your answer", "waiting for them", "accepted", "declined" (by me) or
/// "expired" — the other party's answer shows only once both have accepted.
/// </summary>
public sealed record IntroductionView(
    int Id,
    string Role,
    PersonSummary Connector,
    IReadOnlyList<PersonSummary> People,
    string Reason,
    string Status,
    string? MyAnswer,
    DateTime CreatedAt,
    DateTime ExpiresAt,
    DateTime? AcceptedAt);
