using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Errors;
using Mingle.Mentoring;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// Mentoring cohorts under /api/programmes/{slug}/mentoring. Applications and relationships are always the caller's
/// own (anyone else's relationship is "not found"); the cohort proposal, adjustments, publishing and the feedback
/// summary are for the programme's owner (or an Admin), checked per programme.
/// </summary>
public static class MentoringEndpoints
{
    public static IEndpointRouteBuilder MapMentoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/programmes/{slug}/mentoring").RequireAuthorization().WithTags("Mentoring");
        api.MapPost("/applications", Apply).WithName("ApplyForMentoring");
        api.MapGet("/applications/mine", MyApplication).WithName("GetMyMentoringApplication");
        api.MapPost("/applications/mine/withdraw", Withdraw).WithName("WithdrawMentoringApplication");
        api.MapGet("/cohort", Proposal).WithName("GetMentoringCohort");
        api.MapPost("/cohort/adjust", Adjust).WithName("AdjustMentoringCohort");
        api.MapPost("/cohort/publish", Publish).WithName("PublishMentoringCohort");
        api.MapGet("/feedback", Feedback).WithName("GetMentoringFeedback");
        api.MapGet("/relationships", MyRelationships).WithName("ListMyMentoringRelationships");
        api.MapPost("/relationships/{id:long}/sessions", LogSession).WithName("LogMentoringSession");
        api.MapPost("/relationships/{id:long}/end", End).WithName("EndMentoringRelationship");
        return app;
    }

    static async Task<Results<Created<MentoringApplicationView>, ValidationProblem>> Apply(string slug, ApplyForMentoring request,
        ClaimsPrincipal user, MentoringApplications applications, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var created = await applications.ApplyAsync(user.PersonId(), slug, request, ct);
        return TypedResults.Created($"/api/programmes/{slug}/mentoring/applications/mine", created);
    }

    static async Task<Ok<MentoringApplicationView>> MyApplication(string slug, ClaimsPrincipal user, MentoringApplications applications,
        CancellationToken ct) =>
        TypedResults.Ok(await applications.MineAsync(user.PersonId(), slug, ct) ?? throw new NotFoundException("mentoring application", slug));

    static async Task<Ok<MentoringApplicationView>> Withdraw(string slug, ClaimsPrincipal user, MentoringApplications applications,
        CancellationToken ct) =>
        TypedResults.Ok(await applications.WithdrawAsync(user.PersonId(), slug, ct));

    static async Task<Ok<CohortProposal>> Proposal(string slug, ClaimsPrincipal user, MentoringCohorts cohorts, CancellationToken ct) =>
        TypedResults.Ok(await cohorts.ProposalAsync(user.PersonId(), slug, ct));

    static async Task<Ok<CohortProposal>> Adjust(string slug, AdjustCohort request, ClaimsPrincipal user, MentoringCohorts cohorts,
        CancellationToken ct) =>
        TypedResults.Ok(await cohorts.AdjustAsync(user.PersonId(), slug, request, ct));

    static async Task<Created<CohortPublished>> Publish(string slug, ClaimsPrincipal user, MentoringCohorts cohorts, CancellationToken ct) =>
        TypedResults.Created($"/api/programmes/{slug}/mentoring/relationships", await cohorts.PublishAsync(user.PersonId(), slug, ct));

    static async Task<Ok<MentoringFeedbackSummary>> Feedback(string slug, ClaimsPrincipal user, MentoringCohorts cohorts, CancellationToken ct) =>
        TypedResults.Ok(await cohorts.FeedbackAsync(user.PersonId(), slug, ct));

    static async Task<Ok<IReadOnlyList<MentoringRelationshipView>>> MyRelationships(string slug, ClaimsPrincipal user,
        MentoringRelationships relationships, CancellationToken ct) =>
        TypedResults.Ok(await relationships.MineAsync(user.PersonId(), slug, ct));

    static async Task<Results<Created<MentoringSessionView>, ValidationProblem>> LogSession(string slug, long id, LogMentoringSession request,
        ClaimsPrincipal user, MentoringRelationships relationships, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var session = await relationships.LogSessionAsync(user.PersonId(), slug, id, request, ct);
        return TypedResults.Created($"/api/programmes/{slug}/mentoring/relationships", session);
    }

    static async Task<Results<Ok<MentoringRelationshipView>, ValidationProblem>> End(string slug, long id, EndMentoring request,
        ClaimsPrincipal user, MentoringRelationships relationships, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await relationships.EndAsync(user.PersonId(), slug, id, request, ct));
    }
}
