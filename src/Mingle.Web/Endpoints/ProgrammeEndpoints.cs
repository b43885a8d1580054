using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;
using Mingle.Programmes;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// Matching programmes under /api/programmes. Membership, blocks, matches and follow-ups are always the caller's
/// own; previewing and publishing rounds is for the programme's owner (or an Admin), checked per programme.
/// </summary>
public static class ProgrammeEndpoints
{
    public static IEndpointRouteBuilder MapProgrammeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/programmes").RequireAuthorization().WithTags("Programmes");
        api.MapGet("/", List).WithName("ListProgrammes");
        api.MapPost("/", Create).WithName("CreateProgramme");
        api.MapGet("/matches", MyMatches).WithName("ListMyMatches");
        api.MapPost("/matches/{id:long}/follow-up", FollowUp).WithName("FollowUpMatch");
        api.MapGet("/matches/{id:long}/invitation.ics", Invitation).WithName("GetMatchInvitation");
        var me = app.MapGroup("/api/me/programme-budget").RequireAuthorization().WithTags("Programmes");
        me.MapGet("/", MyBudget).WithName("GetMyProgrammeBudget");
        me.MapPut("/", SetMyBudget).WithName("SetMyProgrammeBudget");
        api.MapGet("/blocks", MyBlocks).WithName("ListMyBlocks");
        api.MapPost("/blocks", Block).WithName("BlockPerson");
        api.MapDelete("/blocks/{personId:int}", Unblock).WithName("UnblockPerson");
        api.MapGet("/{slug}", Get).WithName("GetProgramme");
        api.MapPut("/{slug}/audience", SetAudience).WithName("SetProgrammeAudience");
        api.MapPost("/{slug}/join", Join).WithName("JoinProgramme");
        api.MapPost("/{slug}/pause", Pause).WithName("PauseProgramme");
        api.MapPost("/{slug}/leave", Leave).WithName("LeaveProgramme");
        api.MapGet("/{slug}/rounds/preview", Preview).WithName("PreviewRound");
        api.MapPost("/{slug}/rounds", Publish).WithName("PublishRound");
        return app;
    }

    static async Task<Ok<ProgrammeList>> List(ClaimsPrincipal user, ProgrammeDirectory programmes, CancellationToken ct) =>
        TypedResults.Ok(await programmes.ListAsync(user.PersonId(), ct));

    static async Task<Results<Created<ProgrammeView>, ValidationProblem>> Create(CreateProgramme request, ClaimsPrincipal user,
        ProgrammeDirectory programmes, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var created = await programmes.CreateAsync(user.PersonId(), request, ct);
        return TypedResults.Created($"/api/programmes/{created.Slug}", created);
    }

    static async Task<Ok<ProgrammeView>> Get(string slug, ClaimsPrincipal user, ProgrammeDirectory programmes, CancellationToken ct) =>
        TypedResults.Ok(await programmes.GetAsync(user.PersonId(), slug, ct));

    /// <summary>Replaces who the programme is for; its owner or an Admin only (checked per programme).</summary>
    static async Task<Results<Ok<ProgrammeView>, ValidationProblem>> SetAudience(string slug, AudienceInput request, ClaimsPrincipal user,
        ProgrammeDirectory programmes, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await programmes.SetAudienceAsync(user.PersonId(), slug, request, ct));
    }

    static async Task<Ok<ProgrammeView>> Join(string slug, ClaimsPrincipal user, ProgrammeDirectory programmes, CancellationToken ct) =>
        TypedResults.Ok(await programmes.JoinAsync(user.PersonId(), slug, ct));

    static async Task<Ok<ProgrammeView>> Pause(string slug, PauseRequest request, ClaimsPrincipal user, ProgrammeDirectory programmes,
        CancellationToken ct) =>
        TypedResults.Ok(await programmes.PauseAsync(user.PersonId(), slug, request, ct));

    static async Task<Ok<ProgrammeView>> Leave(string slug, ClaimsPrincipal user, ProgrammeDirectory programmes, CancellationToken ct) =>
        TypedResults.Ok(await programmes.LeaveAsync(user.PersonId(), slug, ct));

    static async Task<Ok<ProgrammeBudget>> MyBudget(ClaimsPrincipal user, ProgrammeDirectory programmes, CancellationToken ct) =>
        TypedResults.Ok(await programmes.MyBudgetAsync(user.PersonId(), ct));

    static async Task<Ok<ProgrammeBudget>> SetMyBudget(ProgrammeBudget request, ClaimsPrincipal user, ProgrammeDirectory programmes,
        CancellationToken ct) =>
        TypedResults.Ok(await programmes.SetMyBudgetAsync(user.PersonId(), request, ct));

    static async Task<Ok<IReadOnlyList<PersonRef>>> MyBlocks(ClaimsPrincipal user, ProgrammeDirectory programmes, CancellationToken ct) =>
        TypedResults.Ok(await programmes.MyBlocksAsync(user.PersonId(), ct));

    static async Task<NoContent> Block(BlockRequest request, ClaimsPrincipal user, ProgrammeDirectory programmes, CancellationToken ct)
    {
        await programmes.BlockAsync(user.PersonId(), request, ct);
        return TypedResults.NoContent();
    }

    static async Task<NoContent> Unblock(int personId, ClaimsPrincipal user, ProgrammeDirectory programmes, CancellationToken ct)
    {
        await programmes.UnblockAsync(user.PersonId(), personId, ct);
        return TypedResults.NoContent();
    }

    static async Task<Ok<MyMatchList>> MyMatches(ClaimsPrincipal user, ProgrammeDirectory programmes, CancellationToken ct) =>
        TypedResults.Ok(await programmes.MyMatchesAsync(user.PersonId(), ct));

    static async Task<Results<Ok<MyMatch>, ProblemHttpResult>> FollowUp(long id, FollowUpRequest request, ClaimsPrincipal user,
        ProgrammeDirectory programmes, CancellationToken ct)
    {
        try
        {
            return TypedResults.Ok(await programmes.FollowUpAsync(user.PersonId(), id, request, ct));
        }
        catch (Mingle.Kudos.KudosLimitException e)
        {
            return TypedResults.Problem(title: "Too many kudos today.", detail: e.Message, statusCode: StatusCodes.Status429TooManyRequests);
        }
    }

    /// <summary>The .ics for one of my matches; anyone else's match is "not found".</summary>
    static async Task<IResult> Invitation(long id, ClaimsPrincipal user, MingleDb db, CancellationToken ct)
    {
        var invitation = await RoundInvitation.ForMatchAsync(db, id, ct);
        if (invitation is null || !invitation.PersonIds.Contains(user.PersonId())) throw new NotFoundException("match", id);
        return TypedResults.Text(invitation.Ics, "text/calendar; charset=utf-8");
    }

    static async Task<Ok<RoundPreview>> Preview(string slug, ClaimsPrincipal user, CoffeeRounds rounds, CancellationToken ct) =>
        TypedResults.Ok(await rounds.PreviewAsync(user.PersonId(), slug, ct));

    static async Task<Results<Created<RoundPreview>, Conflict<ProblemDetailsLike>>> Publish(string slug, ClaimsPrincipal user,
        CoffeeRounds rounds, CancellationToken ct)
    {
        var published = await rounds.PublishAsync(user.PersonId(), slug, ct);
        return published is null
            ? TypedResults.Conflict(new ProblemDetailsLike("This period's round has already been published.", 409))
            : TypedResults.Created($"/api/programmes/{slug}/rounds/{published.Round}", published);
    }

    public sealed record ProblemDetailsLike(string Title, int Status);
}
