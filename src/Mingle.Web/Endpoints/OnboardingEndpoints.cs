using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Onboarding;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// Onboarding buddy programmes under /api/programmes/{slug}/buddy. Previewing and publishing the assignment, the
/// journeys overview and the settings are for the programme's owner (or an Admin); a journey is for its new hire
/// and the owner only (anyone else: 404); only the new hire marks their own steps done.
/// </summary>
public static class OnboardingEndpoints
{
    public static IEndpointRouteBuilder MapOnboardingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/onboarding/me", Mine).RequireAuthorization().WithTags("Onboarding").WithName("GetMyOnboarding");
        var api = app.MapGroup("/api/programmes/{slug}/buddy").RequireAuthorization().WithTags("Onboarding");
        api.MapGet("/preview", Preview).WithName("PreviewBuddyAssignment");
        api.MapPost("/assignments", Publish).WithName("PublishBuddyAssignment");
        api.MapGet("/journeys", Journeys).WithName("ListBuddyJourneys");
        api.MapGet("/journeys/{id:long}", Journey).WithName("GetBuddyJourney");
        api.MapPost("/steps/{id:long}/done", Done).WithName("MarkJourneyStepDone");
        api.MapGet("/settings", Settings).WithName("GetBuddySettings");
        api.MapPut("/settings", UpdateSettings).WithName("UpdateBuddySettings");
        return app;
    }

    static async Task<Ok<MyOnboarding>> Mine(ClaimsPrincipal user, BuddyProgramme buddies, CancellationToken ct) =>
        TypedResults.Ok(await buddies.MineAsync(user.PersonId(), ct));

    static async Task<Ok<BuddyPreview>> Preview(string slug, ClaimsPrincipal user, BuddyProgramme buddies, CancellationToken ct) =>
        TypedResults.Ok(await buddies.PreviewAsync(user.PersonId(), slug, ct));

    static async Task<Results<Created<BuddyPreview>, ProblemHttpResult>> Publish(string slug, ClaimsPrincipal user, BuddyProgramme buddies,
        CancellationToken ct)
    {
        var published = await buddies.PublishAsync(user.PersonId(), slug, ct);
        return published is null
            ? TypedResults.Problem(title: "Buddies were assigned by someone else at the same time; preview again.", statusCode: StatusCodes.Status409Conflict)
            : TypedResults.Created($"/api/programmes/{slug}/buddy/journeys", published);
    }

    static async Task<Ok<JourneyOverview>> Journeys(string slug, ClaimsPrincipal user, BuddyProgramme buddies, CancellationToken ct) =>
        TypedResults.Ok(await buddies.JourneysAsync(user.PersonId(), slug, ct));

    static async Task<Ok<JourneyView>> Journey(string slug, long id, ClaimsPrincipal user, BuddyProgramme buddies, CancellationToken ct) =>
        TypedResults.Ok(await buddies.JourneyAsync(user.PersonId(), slug, id, ct));

    static async Task<Ok<JourneyView>> Done(string slug, long id, ClaimsPrincipal user, BuddyProgramme buddies, CancellationToken ct) =>
        TypedResults.Ok(await buddies.MarkDoneAsync(user.PersonId(), slug, id, ct));

    static async Task<Ok<BuddySettingsView>> Settings(string slug, ClaimsPrincipal user, BuddyProgramme buddies, CancellationToken ct) =>
        TypedResults.Ok(await buddies.SettingsAsync(user.PersonId(), slug, ct));

    static async Task<Results<Ok<BuddySettingsView>, ValidationProblem>> UpdateSettings(string slug, UpdateBuddySettings request,
        ClaimsPrincipal user, BuddyProgramme buddies, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await buddies.UpdateSettingsAsync(user.PersonId(), slug, request, ct));
    }
}
