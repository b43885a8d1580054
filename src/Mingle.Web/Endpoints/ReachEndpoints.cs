using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Reach;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// The reach of my own network: diversity and structural position. Always about the caller; there is no way to ask
/// about someone else (privacy rule 2), so any other path under these is a 404.
/// </summary>
public static class ReachEndpoints
{
    public static IEndpointRouteBuilder MapReachApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").RequireAuthorization().WithTags("My network");
        me.MapGet("/diversity", Diversity).WithName("GetMyNetworkDiversity");
        me.MapGet("/position", Position).WithName("GetMyStructuralPosition");
        return app;
    }

    static async Task<Ok<DiversityReport>> Diversity(ClaimsPrincipal user, NetworkDiversity diversity, CancellationToken ct) =>
        TypedResults.Ok(await diversity.ForAsync(user.PersonId(), ct));

    static async Task<Ok<PositionReport>> Position(ClaimsPrincipal user, StructuralPosition position, CancellationToken ct) =>
        TypedResults.Ok(await position.ForAsync(user.PersonId(), ct));
}
