namespace Mingle.Demo;

/// <summary>
/// Well-known people every demo organisation has (whatever the size or seed), so demos, docs and browser tests
/// can sign in as someone with a known role.
/// </summary>
public static class DemoLogins
{
    public const string Domain = "demo.mingle.example";
    public const string Ceo = "helena.marques@" + Domain;
    public const string Analyst = "ana.ribeiro@" + Domain;
    public const string Admin = "sam.okafor@" + Domain;
    public const string ProgrammeOwner = "priya.raman@" + Domain;
    public const string CommunityOwner = "lukas.becker@" + Domain;
    public const string Newcomer = "tomas.silva@" + Domain;
    public const string Bridge = "mei.tan@" + Domain;
}
