namespace Mingle.Network;

/// <summary>
/// A person in someone's own network ("Rolodex"). Everything here belongs to <see cref="OwnerId"/> alone
/// (privacy rule 2): the other person never sees how, where or when the owner says they met, nor the tags or notes.
/// </summary>
public sealed class NetworkEntry
{
    public const int MaxNotesLength = 10_000;

    public int Id { get; set; }

    public int OwnerId { get; set; }

    public int PersonId { get; set; }

    public NetworkEntryKind Kind { get; set; }

    public string? HowWeMet { get; set; }

    public string? WhereWeMet { get; set; }

    public DateOnly? MetOn { get; set; }

    /// <summary>Lower-cased tags joined by commas (a person's network is small, so tags are filtered in memory).</summary>
    public string? Tags { get; set; }

    /// <summary>Private markdown; rendered only through SafeMarkdown.</summary>
    public string? Notes { get; set; }

    /// <summary>Keep in touch every this many days; null means no reminder.</summary>
    public int? CadenceDays { get; set; }

    /// <summary>Not due before this date.</summary>
    public DateOnly? SnoozedUntil { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> TagList =>
        string.IsNullOrEmpty(Tags) ? [] : Tags.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
