namespace Mingle.Mail;

/// <summary>
/// The email state of one outbox notification. The row's primary key is the notification id, so inserting it is
/// the claim: of two mailers that pick the same notification, only one insert succeeds and only that one sends.
/// </summary>
public sealed class EmailDelivery
{
    public long NotificationId { get; set; }

    public DateTime ClaimedAt { get; set; }

    public DateTime? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
