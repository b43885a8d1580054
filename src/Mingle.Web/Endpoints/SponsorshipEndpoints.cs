using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Sponsorship;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// Sponsorship programmes under /api/programmes/{slug}/sponsorship. Pairs, the overview, settings and the coverage
/// report are for the programme's owner (or an Admin); sponsors record nominations of their own protégés; a
/// nomination is seen by its sponsor, its protégé and the owner only (anyone else: 404).
/// </summary>
public static class SponsorshipEndpoints
{
    public static IEndpointRouteBuilder MapSponsorshipApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/programmes/{slug}/sponsorship").RequireAuthorization().WithTags("Sponsorship");
        api.MapGet("/", Overview).WithName("GetSponsorshipOverview");
        api.MapGet("/me", Mine).WithName("GetMySponsorship");
        api.MapPost("/pairs", Pair).WithName("CreateSponsorshipPair");
        api.MapPost("/pairs/{id:long}/end", EndPair).WithName("EndSponsorshipPair");
        api.MapPost("/nominations", Nominate).WithName("RecordNomination");
        api.MapGet("/nominations/{id:long}", Nomination).WithName("GetNomination");
        api.MapPut("/nominations/{id:long}/outcome", Outcome).WithName("SetNominationOutcome");
        api.MapGet("/coverage", Coverage).WithName("GetSponsorshipCoverage");
        api.MapGet("/settings", Settings).WithName("GetSponsorshipSettings");
        api.MapPut("/settings", UpdateSettings).WithName("UpdateSponsorshipSettings");
        return app;
    }

    static async Task<Ok<SponsorshipOverview>> Overview(string slug, ClaimsPrincipal user, SponsorshipProgramme sponsorship, CancellationToken ct) =>
        TypedResults.Ok(await sponsorship.OverviewAsync(user.PersonId(), slug, ct));

    static async Task<Ok<MySponsorship>> Mine(string slug, ClaimsPrincipal user, SponsorshipProgramme sponsorship, CancellationToken ct) =>
        TypedResults.Ok(await sponsorship.MineAsync(user.PersonId(), slug, ct));

    static async Task<Created<PairView>> Pair(string slug, CreatePair request, ClaimsPrincipal user, SponsorshipProgramme sponsorship,
        CancellationToken ct)
    {
        var pair = await sponsorship.PairAsync(user.PersonId(), slug, request, ct);
        return TypedResults.Created($"/api/programmes/{slug}/sponsorship/pairs/{pair.Id}", pair);
    }

    static async Task<Ok<PairView>> EndPair(string slug, long id, ClaimsPrincipal user, SponsorshipProgramme sponsorship, CancellationToken ct) =>
        TypedResults.Ok(await sponsorship.EndPairAsync(user.PersonId(), slug, id, ct));

    static async Task<Created<NominationView>> Nominate(string slug, RecordNomination request, ClaimsPrincipal user,
        SponsorshipProgramme sponsorship, CancellationToken ct)
    {
        var nomination = await sponsorship.NominateAsync(user.PersonId(), slug, request, ct);
        return TypedResults.Created($"/api/programmes/{slug}/sponsorship/nominations/{nomination.Id}", nomination);
    }

    static async Task<Ok<NominationView>> Nomination(string slug, long id, ClaimsPrincipal user, SponsorshipProgramme sponsorship,
        CancellationToken ct) =>
        TypedResults.Ok(await sponsorship.NominationAsync(user.PersonId(), slug, id, ct));

    static async Task<Ok<NominationView>> Outcome(string slug, long id, UpdateOutcome request, ClaimsPrincipal user,
        SponsorshipProgramme sponsorship, CancellationToken ct) =>
        TypedResults.Ok(await sponsorship.SetOutcomeAsync(user.PersonId(), slug, id, request, ct));

    static async Task<Ok<CoverageReport>> Coverage(string slug, string? by, string? level, ClaimsPrincipal user, SponsorshipCoverage coverage,
        CancellationToken ct) =>
        TypedResults.Ok(await coverage.ReportAsync(user.PersonId(), slug, by, level, ct));

    static async Task<Ok<SponsorshipSettingsView>> Settings(string slug, ClaimsPrincipal user, SponsorshipProgramme sponsorship,
        CancellationToken ct) =>
        TypedResults.Ok(await sponsorship.SettingsAsync(user.PersonId(), slug, ct));

    static async Task<Ok<SponsorshipSettingsView>> UpdateSettings(string slug, UpdateSponsorshipSettings request, ClaimsPrincipal user,
        SponsorshipProgramme sponsorship, CancellationToken ct) =>
        TypedResults.Ok(await sponsorship.UpdateSettingsAsync(user.PersonId(), slug, request, ct));
}
