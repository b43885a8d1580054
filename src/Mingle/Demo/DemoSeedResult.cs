namespace Mingle.Demo;

/// <summary>Rows written by <see cref="DemoSeeder"/>, per table.</summary>
public sealed record DemoSeedResult(
    int Locations, int OrgUnits, int People, int Skills, int SkillAliases, int Interests, int PersonSkills,
    int PersonInterests, int Offers, int Asks, int RoleGrants, long Interactions)
{
    /// <summary>Everyone's Rolodex rows (connections both ways, contacts).</summary>
    public int NetworkEntries { get; init; }

    /// <summary>Interactions people logged themselves (also private to them), on top of <see cref="Interactions"/>.</summary>
    public int LoggedInteractions { get; init; }

    public long TotalRows => Locations + OrgUnits + People + Skills + SkillAliases + Interests + PersonSkills
        + PersonInterests + Offers + Asks + RoleGrants + Interactions + NetworkEntries + LoggedInteractions;
}
