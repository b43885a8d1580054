using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Expertise;
using Mingle.Suggestions;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// "Who would you go to for X?" (<c>/api/experts</c>) and "people you should know" (<c>/api/me/suggestions</c>).
/// Suggestions and dismissals live under /api/me and are scoped to the caller by the core service: there is no way
/// to name another person's suggestions (privacy rule 2).
/// </summary>
public static class ExpertiseEndpoints
{
    public static IEndpointRouteBuilder MapExpertiseApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/experts", Search).RequireAuthorization().WithTags("Expertise").WithName("FindExperts")
            .WithSummary("Who would you go to for a topic: experts ranked by evidence, reachability and load, each with reasons "
                + "and a warm-introduction path (person ids, starting with the caller; empty when none within 4 steps).");
        var me = app.MapGroup("/api/me/suggestions").RequireAuthorization().WithTags("Expertise");
        me.MapGet("", Suggestions).WithName("ListMySuggestions").WithSummary("People you should know, each with its reasons.");
        me.MapPost("/{personId:int}/dismiss", Dismiss).WithName("DismissSuggestion").WithSummary("Never suggest this person again.");
        me.MapPost("/{personId:int}/not-now", NotNow).WithName("SnoozeSuggestion")
            .WithSummary("Hide this suggestion until a date (default 30 days ahead, at most a year).");

        // Build the in-memory index once the app is up, so the first search does not wait for it.
        if (app.ServiceProvider.GetRequiredService<ExpertiseOptions>().WarmUp)
        {
            var lifetime = app.ServiceProvider.GetRequiredService<IHostApplicationLifetime>();
            var index = app.ServiceProvider.GetRequiredService<ExpertiseIndex>();
            lifetime.ApplicationStarted.Register(() => index.WarmUpInBackground(lifetime.ApplicationStopping));
        }
        return app;
    }

    static async Task<Ok<ExpertSearchResult>> Search(ClaimsPrincipal user, ExpertFinder finder, CancellationToken ct,
        string? q = null, int? limit = null) =>
        TypedResults.Ok(await finder.SearchAsync(user.PersonId(), q, limit, ct));

    static async Task<Ok<SuggestionList>> Suggestions(ClaimsPrincipal user, PeopleYouShouldKnow suggestions, CancellationToken ct) =>
        TypedResults.Ok(new SuggestionList(await suggestions.ForAsync(user.PersonId(), ct)));

    static async Task<NoContent> Dismiss(int personId, ClaimsPrincipal user, PeopleYouShouldKnow suggestions, CancellationToken ct)
    {
        await suggestions.DismissAsync(user.PersonId(), personId, ct);
        return TypedResults.NoContent();
    }

    static async Task<NoContent> NotNow(int personId, ClaimsPrincipal user, PeopleYouShouldKnow suggestions, CancellationToken ct,
        NotNowRequest? request = null)
    {
        await suggestions.NotNowAsync(user.PersonId(), personId, request?.Until, ct);
        return TypedResults.NoContent();
    }

    public sealed record NotNowRequest(DateOnly? Until);

    public sealed record SuggestionList(IReadOnlyList<SuggestionView> Items);
}
