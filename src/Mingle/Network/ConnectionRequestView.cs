using Mingle.People;

namespace Mingle.Network;

/// <summary>
/// A request as one side sees it. Direction is "incoming" or "outgoing"; Status is "pending", "accepted" or
/// "expired" for the sender (never "declined"), and may be "declined" only for the recipient.
/// </summary>
public sealed record ConnectionRequestView(
    int Id, string Direction, PersonSummary Person, string? Message, string Status, DateTime CreatedAt, DateTime ExpiresAt);
