namespace Mingle.Web;

/// <summary>Which sign-in methods this instance offers, decided once at start-up.</summary>
public sealed record SignInOptions(bool DevSignIn, bool Oidc);
