using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Mingle.Auth;

namespace Mingle.Web.Auth;

/// <summary>`Authorization: Bearer mgl_…` personal tokens from `mingle token create`.</summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, RoleGrants roles)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var person = await tokens.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (person is null) return AuthenticateResult.Fail("Invalid, expired or revoked token.");
        var principal = MingleClaims.For(person.Id, person.DisplayName, person.Email, person.SecurityStamp,
            await roles.RolesOfAsync(person.Id, Context.RequestAborted), Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
