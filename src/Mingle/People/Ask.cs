namespace Mingle.People;

/// <summary>"I'm looking for…" — free text, optionally tied to a catalogue skill; closed once satisfied.</summary>
public sealed class Ask
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public required string Text { get; set; }

    public int? SkillId { get; set; }

    public Skill? Skill { get; set; }

    public bool IsOpen { get; set; } = true;
}
