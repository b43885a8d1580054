using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Audit;
using Mingle.People;
using Mingle.Privacy;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

public static class PrivacyEndpoints
{
    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/export", ExportMine).RequireAuthorization().WithTags("Me").WithName("ExportMyData");
        var admin = app.MapGroup("/api/admin").RequireAuthorization(Policies.Admin).WithTags("Admin");
        admin.MapDelete("/people/{id:int}", Erase).WithName("ErasePerson");
        admin.MapGet("/audit", Audit).WithName("AuditLog");
        return app;
    }

    /// <summary>All data about me as a JSON download (privacy rule 6).</summary>
    static async Task<JsonHttpResult<PersonalData>> ExportMine(ClaimsPrincipal user, HttpResponse response,
        PersonalDataExport export, CancellationToken ct)
    {
        var data = await export.ExportAsync(user.PersonId(), ct);
        response.Headers.ContentDisposition = $"attachment; filename=\"mingle-my-data-{data.ExportedAt:yyyyMMdd}.json\"";
        return TypedResults.Json(data);
    }

    static async Task<Ok<ErasureResult>> Erase(int id, ClaimsPrincipal user, PersonEraser eraser, CancellationToken ct) =>
        TypedResults.Ok(await eraser.EraseAsync(user.PersonId(), id, ct));

    static async Task<Ok<Page<AuditView>>> Audit(AuditQuery audit, CancellationToken ct, string? action = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await audit.ListAsync(action, page, pageSize, ct));
}
