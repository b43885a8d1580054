using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Kudos;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// Kudos: the giver is always the caller. A colleague's received kudos are readable by anyone signed in (except
/// those the receiver hid); my own list (received and given) is mine only; only the receiver hides one.
/// </summary>
public static class KudosEndpoints
{
    public static IEndpointRouteBuilder MapKudosApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithTags("Kudos");
        api.MapPost("/kudos", Give).WithName("GiveKudos");
        api.MapGet("/me/kudos", Mine).WithName("ListMyKudos");
        api.MapPut("/me/kudos/{id:long}/hidden", SetHidden).WithName("HideKudos");
        api.MapGet("/people/{id:int}/kudos", ReceivedBy).WithName("ListPersonKudos");
        return app;
    }

    static async Task<Results<Created<KudosView>, ProblemHttpResult>> Give(GiveKudos request, ClaimsPrincipal user, KudosLedger kudos,
        CancellationToken ct)
    {
        try
        {
            var created = await kudos.GiveAsync(user.PersonId(), request, ct);
            return TypedResults.Created($"/api/me/kudos/{created.Id}", created);
        }
        catch (KudosLimitException e)
        {
            return TypedResults.Problem(title: "Too many kudos today.", detail: e.Message, statusCode: StatusCodes.Status429TooManyRequests);
        }
    }

    static async Task<Ok<MyKudos>> Mine(ClaimsPrincipal user, KudosLedger kudos, CancellationToken ct) =>
        TypedResults.Ok(await kudos.MineAsync(user.PersonId(), ct));

    static async Task<Ok<KudosView>> SetHidden(long id, HideKudos request, ClaimsPrincipal user, KudosLedger kudos, CancellationToken ct) =>
        TypedResults.Ok(await kudos.SetHiddenAsync(user.PersonId(), id, request.Hidden, ct));

    static async Task<Ok<PersonKudos>> ReceivedBy(int id, KudosLedger kudos, CancellationToken ct) =>
        TypedResults.Ok(await kudos.ReceivedByAsync(id, ct));
}
