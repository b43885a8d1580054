namespace Mingle.People;

/// <summary>"I can help with…" — free text, optionally tied to a catalogue skill.</summary>
public sealed class Offer
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public required string Text { get; set; }

    public int? SkillId { get; set; }

    public Skill? Skill { get; set; }
}
