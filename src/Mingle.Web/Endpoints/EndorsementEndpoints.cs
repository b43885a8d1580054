using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Endorsements;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// Endorsing a colleague's declared skill. The endorser is always the caller, so nobody can endorse (or withdraw)
/// in someone else's name; counts are public like the profile, who endorsed is not listed.
/// </summary>
public static class EndorsementEndpoints
{
    public static IEndpointRouteBuilder MapEndorsementApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/people/{id:int}").RequireAuthorization().WithTags("Endorsements");
        group.MapGet("/endorsements", List).WithName("ListSkillEndorsements");
        group.MapPost("/skills/{skillId:int}/endorsements", Endorse).WithName("EndorseSkill");
        group.MapDelete("/skills/{skillId:int}/endorsements", Withdraw).WithName("WithdrawSkillEndorsement");
        return app;
    }

    static async Task<Ok<SkillEndorsementList>> List(int id, ClaimsPrincipal user, SkillEndorsements endorsements, CancellationToken ct) =>
        TypedResults.Ok(await endorsements.ForPersonAsync(user.PersonId(), id, ct));

    static async Task<Ok<SkillEndorsementList>> Endorse(int id, int skillId, ClaimsPrincipal user, SkillEndorsements endorsements,
        CancellationToken ct) =>
        TypedResults.Ok(await endorsements.EndorseAsync(user.PersonId(), id, skillId, ct));

    static async Task<Ok<SkillEndorsementList>> Withdraw(int id, int skillId, ClaimsPrincipal user, SkillEndorsements endorsements,
        CancellationToken ct) =>
        TypedResults.Ok(await endorsements.WithdrawAsync(user.PersonId(), id, skillId, ct));
}
