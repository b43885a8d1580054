using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Introductions;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// Be a connector. Every introduction is visible to its connector and its two parties only (404 for anyone else,
/// whatever their roles); only a party can answer; a party never sees the other party's answer before both accepted.
/// </summary>
public static class IntroductionEndpoints
{
    public static IEndpointRouteBuilder MapIntroductionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/introductions").RequireAuthorization().WithTags("Introductions");
        group.MapPost("/", Propose).WithName("ProposeIntroduction");
        group.MapGet("/", List).WithName("ListMyIntroductions");
        group.MapGet("/{id:int}", Get).WithName("GetIntroduction");
        group.MapPost("/{id:int}/accept", Accept).WithName("AcceptIntroduction");
        group.MapPost("/{id:int}/decline", Decline).WithName("DeclineIntroduction");
        app.MapGet("/api/people/{id:int}/connector-credit", Credit).RequireAuthorization().WithTags("Introductions")
            .WithName("GetConnectorCredit");
        return app;
    }

    static async Task<Created<IntroductionView>> Propose(ProposeIntroduction request, ClaimsPrincipal user, Introducer introducer,
        CancellationToken ct)
    {
        var created = await introducer.ProposeAsync(user.PersonId(), request, ct);
        return TypedResults.Created($"/api/introductions/{created.Id}", created);
    }

    static async Task<Ok<IntroductionList>> List(ClaimsPrincipal user, Introducer introducer, CancellationToken ct) =>
        TypedResults.Ok(new IntroductionList(await introducer.ListAsync(user.PersonId(), ct)));

    static async Task<Ok<IntroductionView>> Get(int id, ClaimsPrincipal user, Introducer introducer, CancellationToken ct) =>
        TypedResults.Ok(await introducer.GetAsync(user.PersonId(), id, ct));

    static async Task<Ok<IntroductionView>> Accept(int id, ClaimsPrincipal user, Introducer introducer, CancellationToken ct) =>
        TypedResults.Ok(await introducer.AcceptAsync(user.PersonId(), id, ct));

    static async Task<Ok<IntroductionView>> Decline(int id, ClaimsPrincipal user, Introducer introducer, CancellationToken ct) =>
        TypedResults.Ok(await introducer.DeclineAsync(user.PersonId(), id, ct));

    static async Task<Ok<ConnectorCredit>> Credit(int id, Introducer introducer, CancellationToken ct) =>
        TypedResults.Ok(await introducer.CreditAsync(id, ct));

    public sealed record IntroductionList(IReadOnlyList<IntroductionView> Items);
}
