using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.People;

namespace Mingle.Web.Endpoints;

public static class OrgUnitEndpoints
{
    public static IEndpointRouteBuilder MapOrgUnitApi(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/org-units").RequireAuthorization().WithTags("Org units");
        units.MapGet("", List).WithName("ListOrgUnits");
        units.MapGet("/{id:int}", Get).WithName("GetOrgUnit");
        return app;
    }

    static async Task<Ok<OrgUnitList>> List(OrgChart chart, CancellationToken ct) =>
        TypedResults.Ok(new OrgUnitList(await chart.ListAsync(ct)));

    static async Task<Ok<OrgUnitDetail>> Get(int id, OrgChart chart, CancellationToken ct) =>
        TypedResults.Ok(await chart.GetAsync(id, ct));

    public sealed record OrgUnitList(IReadOnlyList<OrgUnitSummary> Items);
}
