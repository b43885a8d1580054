namespace Mingle.Endorsements;

/// <summary>
/// A colleague vouching for a skill someone declares on their profile: at most one per endorser, person and skill,
/// never for oneself. Public like the profile it decorates (counts, and the endorser's own "you endorsed this").
/// </summary>
public sealed class Endorsement
{
    public int Id { get; set; }

    public int EndorserId { get; set; }

    public int PersonId { get; set; }

    public int SkillId { get; set; }

    public DateTime CreatedAt { get; set; }
}
