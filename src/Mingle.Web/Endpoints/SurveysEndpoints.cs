using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Auth;
using Mingle.Surveys;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// Network surveys. Analysts and Admins create surveys and read results (aggregates only, behind the response-rate and
/// group-size thresholds); everyone answers the open surveys addressed to them. A survey addressed to others is a 404.
/// </summary>
public static class SurveysEndpoints
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder app)
    {
        var surveys = app.MapGroup("/api/surveys").RequireAuthorization().WithTags("Surveys");
        surveys.MapPost("", Create).RequireAuthorization(Policies.Analyst).WithName("CreateSurvey");
        surveys.MapGet("", List).WithName("ListSurveys");
        surveys.MapGet("/{id:int}", Get).WithName("GetSurvey");
        surveys.MapPut("/{id:int}/response", Respond).WithName("SubmitSurveyResponse");
        surveys.MapGet("/{id:int}/results", Results).RequireAuthorization(Policies.Analyst).WithName("GetSurveyResults");
        return app;
    }

    public static bool IsAnalyst(this ClaimsPrincipal user) => user.IsInRole(Role.Analyst) || user.IsInRole(Role.Admin);

    static async Task<Created<SurveyView>> Create(CreateSurvey request, ClaimsPrincipal user, SurveyService surveys, CancellationToken ct)
    {
        var created = await surveys.CreateAsync(user.PersonId(), request, ct);
        return TypedResults.Created($"/api/surveys/{created.Id}", created);
    }

    static async Task<Ok<List<SurveySummary>>> List(ClaimsPrincipal user, SurveyService surveys, CancellationToken ct) =>
        TypedResults.Ok(await surveys.ListAsync(user.PersonId(), user.IsAnalyst(), ct));

    static async Task<Ok<SurveyView>> Get(int id, ClaimsPrincipal user, SurveyService surveys, CancellationToken ct) =>
        TypedResults.Ok(await surveys.GetAsync(user.PersonId(), user.IsAnalyst(), id, ct));

    static async Task<Ok<MySurveyResponse>> Respond(int id, SubmitSurveyResponse request, ClaimsPrincipal user, SurveyService surveys,
        CancellationToken ct) =>
        TypedResults.Ok(await surveys.RespondAsync(user.PersonId(), id, request, ct));

    static async Task<Ok<SurveyResults>> Results(int id, ClaimsPrincipal user, SurveyResultsService results, CancellationToken ct,
        string? level = null) =>
        TypedResults.Ok(await results.ResultsAsync(user.PersonId(), id, level, ct));
}
