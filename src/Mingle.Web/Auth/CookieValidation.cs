using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Mingle.Auth;
using Mingle.Data;
using Mingle.People;

namespace Mingle.Web.Auth;

/// <summary>
/// Re-checks every cookie against the database: a person who left (or whose stamp changed) is signed out at once,
/// and role changes apply on the next request (privacy rule 3).
/// </summary>
public static class CookieValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.PersonIdOrNull();
        var stamp = context.Principal?.FindFirst(MingleClaims.SecurityStamp)?.Value;
        if (id is null)
        {
            await Reject(context);
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<MingleDb>();
        var person = await db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Id, p.Name, p.PreferredName, p.Email, p.Status, p.SecurityStamp })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (person is null || person.Status != PersonStatus.Active || person.SecurityStamp != stamp)
        {
            await Reject(context);
            return;
        }
        var roles = await context.HttpContext.RequestServices.GetRequiredService<RoleGrants>()
            .RolesOfAsync(person.Id, context.HttpContext.RequestAborted);
        var current = context.Principal!.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).Order();
        if (!current.SequenceEqual(roles.Order()))
        {
            context.ReplacePrincipal(MingleClaims.For(person.Id, person.PreferredName ?? person.Name, person.Email,
                person.SecurityStamp, roles, CookieAuthenticationDefaults.AuthenticationScheme));
            context.ShouldRenew = true;
        }
    }

    static async Task Reject(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
