using System.Security.Claims;

namespace Mingle.Web.Auth;

public static class MingleClaims
{
    public const string PersonIdClaim = "mingle:person";
    public const string SecurityStamp = "mingle:stamp";

    public static ClaimsPrincipal For(int personId, string name, string email, string stamp, IEnumerable<string> roles, string scheme)
    {
        var claims = new List<Claim>
        {
            new(PersonIdClaim, personId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.NameIdentifier, personId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Email, email),
            new(SecurityStamp, stamp),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The signed-in person's id; endpoints behind RequireAuthorization always have one.</summary>
    public static int PersonId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(PersonIdClaim) ?? throw new InvalidOperationException("Not signed in."),
            System.Globalization.CultureInfo.InvariantCulture);

    public static int? PersonIdOrNull(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PersonIdClaim), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
