using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Auth;
using Mingle.People;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

public static class PeopleEndpoints
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").RequireAuthorization().WithTags("Me");
        me.MapGet("", GetMe).WithName("GetMe");
        me.MapPut("/profile", UpdateMyProfile).WithName("UpdateMyProfile");

        var people = app.MapGroup("/api/people").RequireAuthorization().WithTags("People");
        people.MapGet("", Search).WithName("SearchPeople");
        people.MapGet("/{id:int}", Get).WithName("GetPerson");
        people.MapPut("/{id:int}/profile", UpdateProfile).WithName("UpdateProfile");

        app.MapGet("/api/skills", SearchSkills).RequireAuthorization().WithTags("Skills").WithName("SearchSkills");
        return app;
    }

    static async Task<Ok<MeView>> GetMe(ClaimsPrincipal user, PeopleDirectory directory, CancellationToken ct)
    {
        var profile = await directory.GetAsync(user.PersonId(), ct);
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order().ToList();
        return TypedResults.Ok(new MeView(profile, roles));
    }

    static async Task<Ok<PersonProfile>> UpdateMyProfile(UpdateProfile request, ClaimsPrincipal user, ProfileEditor editor,
        PeopleDirectory directory, CancellationToken ct)
    {
        await editor.UpdateAsync(user.PersonId(), user.IsInRole(Role.Admin), user.PersonId(), request, ct);
        return TypedResults.Ok(await directory.GetAsync(user.PersonId(), ct));
    }

    /// <summary>Admins may edit anyone; everyone else gets 403 for anyone but themselves (checked in the editor).</summary>
    static async Task<Ok<PersonProfile>> UpdateProfile(int id, UpdateProfile request, ClaimsPrincipal user, ProfileEditor editor,
        PeopleDirectory directory, CancellationToken ct)
    {
        await editor.UpdateAsync(user.PersonId(), user.IsInRole(Role.Admin), id, request, ct);
        return TypedResults.Ok(await directory.GetAsync(id, ct));
    }

    static async Task<Ok<PeoplePage>> Search(PeopleDirectory directory, CancellationToken ct,
        string? q = null, int? unit = null, int? location = null, int? level = null, string? skill = null, int page = 1, int pageSize = 20)
    {
        var result = await directory.SearchAsync(new DirectoryQuery(q, unit, location, level, skill, page, pageSize), ct);
        return TypedResults.Ok(new PeoplePage(result.Items, result.Total, result.PageNumber, result.PageSize));
    }

    static async Task<Ok<PersonProfile>> Get(int id, PeopleDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await directory.GetAsync(id, ct));

    static async Task<Ok<SkillList>> SearchSkills(SkillCatalogue catalogue, CancellationToken ct, string? q = null, int limit = 20) =>
        TypedResults.Ok(new SkillList(await catalogue.SearchAsync(q, limit, ct)));

    public sealed record MeView(PersonProfile Profile, IReadOnlyList<string> Roles);

    public sealed record PeoplePage(IReadOnlyList<PersonSummary> Items, int Total, int Page, int PageSize);

    public sealed record SkillList(IReadOnlyList<SkillSummary> Items);
}
