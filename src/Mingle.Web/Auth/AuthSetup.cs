using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Mingle.Auth;
using Mingle.Data;
using Mingle.People;

namespace Mingle.Web.Auth;

public static class AuthSetup
{
    /// <summary>True when the development sign-in may be offered: configured on, and never in Production.</summary>
    public static bool DevSignInEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        !environment.IsProduction()
        && configuration.GetValue("Auth:DevSignIn", environment.IsDevelopment());

    public static bool OidcEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Auth:Oidc:Authority"]) && !string.IsNullOrWhiteSpace(configuration["Auth:Oidc:ClientId"]);

    public static IServiceCollection AddMingleAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var auth = services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthSchemes.Smart;
                o.DefaultChallengeScheme = AuthSchemes.Smart;
            })
            .AddPolicyScheme(AuthSchemes.Smart, "Cookie or bearer token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AuthSchemes.Token
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/signin";
                o.AccessDeniedPath = "/denied";
                o.Cookie.Name = "mingle";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.Events.OnValidatePrincipal = CookieValidation.ValidateAsync;
                // APIs answer 401/403 with problem details instead of redirecting to a page.
                o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(AuthSchemes.Token, null);

        if (OidcEnabled(configuration))
        {
            auth.AddOpenIdConnect(AuthSchemes.Oidc, o =>
            {
                o.Authority = configuration["Auth:Oidc:Authority"];
                o.ClientId = configuration["Auth:Oidc:ClientId"];
                o.ClientSecret = configuration["Auth:Oidc:ClientSecret"];
                o.ResponseType = "code";
                // Only for a local test identity provider on plain http; production keeps the default (https).
                o.RequireHttpsMetadata = configuration.GetValue("Auth:Oidc:RequireHttpsMetadata", true);
                o.UsePkce = true;
                o.Scope.Add("email");
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.Events.OnTokenValidated = MapToPersonAsync;
                // An unknown person, a refused consent or a broken provider: back to the sign-in page, not an error page.
                o.Events.OnRemoteFailure = ctx =>
                {
                    ctx.Response.Redirect("/signin?error=oidc");
                    ctx.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(Role.Admin))
            .AddPolicy(Policies.Analyst, p => p.RequireRole(Role.Analyst, Role.Admin))
            .AddPolicy(Policies.ProgrammeOwner, p => p.RequireRole(Role.ProgrammeOwner, Role.Admin))
            .AddPolicy(Policies.CommunityOwner, p => p.RequireRole(Role.CommunityOwner, Role.Admin));
        return services;
    }

    /// <summary>An identity-provider user becomes a Mingle person by email; unknown or departed people are refused.</summary>
    static async Task MapToPersonAsync(TokenValidatedContext context)
    {
        var email = (context.Principal?.FindFirst("email") ?? context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.Email))
            ?.Value is { } claimed ? PersonLookup.NormalizeEmail(claimed) : null;
        var db = context.HttpContext.RequestServices.GetRequiredService<MingleDb>();
        var person = email is null ? null : await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Email == email);
        if (person is null || person.Status != PersonStatus.Active)
        {
            context.Fail("No active Mingle person has this email.");
            return;
        }
        var roles = await context.HttpContext.RequestServices.GetRequiredService<RoleGrants>().RolesOfAsync(person.Id, default);
        context.Principal = MingleClaims.For(person.Id, person.DisplayName, person.Email, person.SecurityStamp, roles,
            CookieAuthenticationDefaults.AuthenticationScheme);
    }

    static Task ApiOr(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
