using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Mingle.Import;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

public static class AdminEndpoints
{
    const long MaxUpload = 512L * 1024 * 1024;

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").RequireAuthorization(Policies.Admin).WithTags("Admin");
        admin.MapPost("/import/people", ImportPeople).WithName("ImportPeople")
            .Accepts<string>("text/csv").DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxUpload));
        admin.MapPost("/import/interactions", ImportInteractions).WithName("ImportInteractions")
            .Accepts<string>("text/csv").DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxUpload));
        return app;
    }

    /// <summary>HRIS CSV as the request body. All-or-nothing: any bad row → 400 listing every problem, nothing written.</summary>
    static async Task<Results<Ok<PeopleImportResult>, ProblemHttpResult>> ImportPeople(HttpRequest request, ClaimsPrincipal user,
        PeopleImport import, CancellationToken ct, [FromQuery] bool dryRun = false, [FromQuery] bool full = false)
    {
        await using var body = await BufferAsync(request, ct);
        var result = await import.RunAsync(new PeopleImportRequest(body, dryRun, full, user.PersonId()), null, ct);
        return result.Succeeded ? TypedResults.Ok(result) : Rejected(result.Errors, result.ErrorCount);
    }

    static async Task<Results<Ok<InteractionImportResult>, ProblemHttpResult>> ImportInteractions(HttpRequest request,
        ClaimsPrincipal user, InteractionImport import, CancellationToken ct, [FromQuery] bool dryRun = false)
    {
        await using var body = await BufferAsync(request, ct);
        var result = await import.RunAsync(new InteractionImportRequest(body, dryRun, user.PersonId()), null, ct);
        return result.Succeeded ? TypedResults.Ok(result) : Rejected(result.Errors, result.ErrorCount);
    }

    /// <summary>The CSV parser reads synchronously, which Kestrel forbids on the request body: buffer it (to disk past 1 MiB).</summary>
    static async Task<Stream> BufferAsync(HttpRequest request, CancellationToken ct)
    {
        var buffer = new FileBufferingReadStream(request.Body, 1024 * 1024);
        await buffer.DrainAsync(ct);
        buffer.Position = 0;
        return buffer;
    }

    static ProblemHttpResult Rejected(IReadOnlyList<ImportError> errors, int count) =>
        TypedResults.Problem(
            title: "The file was rejected; nothing was imported.",
            detail: $"{count} problem{(count == 1 ? "" : "s")} found.",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["errorCount"] = count,
                ["errors"] = errors.Take(1000).Select(e => new { line = e.Line, column = e.Column, reason = e.Reason, message = e.ToString() }).ToList(),
            });
}
