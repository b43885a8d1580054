namespace Mingle.Web.Auth;

public static class AuthSchemes
{
    /// <summary>Picks Bearer when an Authorization header is present, the cookie otherwise.</summary>
    public const string Smart = "Smart";
    public const string Token = "Token";
    public const string Oidc = "oidc";
}
