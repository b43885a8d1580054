using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Mingle.Auth;
using Mingle.Data;
using Mingle.People;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app, bool devSignIn, bool oidc)
    {
        var auth = app.MapGroup("/auth").ExcludeFromDescription();
        if (devSignIn) auth.MapPost("/dev-signin", DevSignIn);
        if (oidc)
            auth.MapGet("/oidc", (string? returnUrl) => TypedResults.Challenge(
                new AuthenticationProperties { RedirectUri = SafeReturn(returnUrl) }, [AuthSchemes.Oidc]));
        auth.MapPost("/signout", async (HttpContext ctx) =>
        {
            await ctx.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.LocalRedirect("/signin");
        });
        return app;
    }

    /// <summary>Development only (Auth:DevSignIn): sign in as any active person. Antiforgery protects the form.</summary>
    static async Task<IResult> DevSignIn([FromForm] int personId, [FromForm] string? returnUrl, HttpContext ctx, MingleDb db,
        RoleGrants roles, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.Status == PersonStatus.Active, ct);
        if (person is null) return TypedResults.LocalRedirect("/signin?error=unknown");
        var principal = MingleClaims.For(person.Id, person.DisplayName, person.Email, person.SecurityStamp,
            await roles.RolesOfAsync(person.Id, ct), CookieAuthenticationDefaults.AuthenticationScheme);
        await ctx.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.LocalRedirect(SafeReturn(returnUrl));
    }

    /// <summary>Only local paths, so the sign-in cannot be used as an open redirect.</summary>
    static string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
