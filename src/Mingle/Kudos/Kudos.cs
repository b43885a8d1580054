namespace Mingle.Kudos;

/// <summary>
/// A short thank-you from one colleague to another, optionally for a skill or after a programme match. Public to
/// signed-in colleagues on the receiver's profile unless the receiver hides it; erased with either person.
/// </summary>
public sealed class Kudos
{
    public const int MaxMessageLength = 500;

    public long Id { get; set; }
    public int FromPersonId { get; set; }
    public int ToPersonId { get; set; }
    /// <summary>Plain text (shown encoded, never as HTML), at most <see cref="MaxMessageLength"/> characters.</summary>
    public required string Message { get; set; }
    public int? SkillId { get; set; }
    /// <summary>The programme match it was given after (both people were in it).</summary>
    public long? MatchId { get; set; }
    /// <summary>The receiver chose not to show it on their profile.</summary>
    public bool Hidden { get; set; }
    public DateTime CreatedAt { get; set; }
}
