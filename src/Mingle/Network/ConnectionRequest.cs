namespace Mingle.Network;

/// <summary>An invitation to become a mutual connection; accepted requests give both sides a Connection entry.</summary>
public sealed class ConnectionRequest
{
    /// <summary>Long enough to come back from a holiday; afterwards the sender sees "expired", never "declined".</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public int Id { get; set; }

    public int FromPersonId { get; set; }

    public int ToPersonId { get; set; }

    public string? Message { get; set; }

    public ConnectionRequestStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RespondedAt { get; set; }
}
