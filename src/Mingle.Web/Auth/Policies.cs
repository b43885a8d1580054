using Mingle.Auth;

namespace Mingle.Web.Auth;

public static class Policies
{
    public const string Admin = Role.Admin;
    public const string Analyst = Role.Analyst;
    public const string ProgrammeOwner = Role.ProgrammeOwner;
    public const string CommunityOwner = Role.CommunityOwner;
}
