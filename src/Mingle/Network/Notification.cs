namespace Mingle.Network;

/// <summary>
/// An in-app notification (the outbox other channels such as email read from). <see cref="DedupeKey"/> is unique in
/// the database, so a job that runs twice, or on two instances at once, cannot notify twice.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    public int PersonId { get; set; }

    public required string Kind { get; set; }

    public required string Payload { get; set; }

    /// <summary>
    /// The person the notification is about ("time to reconnect with Bo"). The payload names them, so erasing that
    /// person must delete the notification too (privacy rule 6): the foreign key cascades.
    /// </summary>
    public int? AboutPersonId { get; set; }

    public required string DedupeKey { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}
