namespace Mingle.Suggestions;

/// <summary>
/// "Don't suggest this person to me" (for good, <see cref="Until"/> null) or "not now" (until a date). Belongs to
/// <see cref="PersonId"/> alone: the suggested person is never told, and nobody else can read it.
/// </summary>
public sealed class SuggestionDismissal
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public int SuggestedPersonId { get; set; }

    /// <summary>Null: dismissed for good; otherwise hidden until (and including) the day before this date.</summary>
    public DateOnly? Until { get; set; }

    public DateTime CreatedAt { get; set; }
}
