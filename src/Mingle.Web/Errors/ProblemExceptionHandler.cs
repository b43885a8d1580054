using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Mingle.Errors;

namespace Mingle.Web.Errors;

/// <summary>Maps domain exceptions to RFC 7807 problem details; anything else is a 500 without internals.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // Pages get the friendly HTML error page (re-executed at /error); the API gets problem details.
        if (!httpContext.Request.Path.StartsWithSegments("/api") && AcceptsHtml(httpContext.Request))
        {
            logger.LogError(exception, "Unhandled exception for page {Path}", httpContext.Request.Path);
            return false;
        }
        ProblemDetails problem = exception switch
        {
            ValidationException v => new HttpValidationProblemDetails(v.Errors) { Status = 400, Title = "Invalid input." },
            NotFoundException n => new ProblemDetails { Status = 404, Title = "Not found.", Detail = n.Message },
            ForbiddenException f => new ProblemDetails { Status = 403, Title = "Forbidden.", Detail = f.Message },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "Bad request.", Detail = PublicDetail(b) },
            _ => new ProblemDetails { Status = 500, Title = "Something went wrong on our side." },
        };
        if (problem.Status == 500) logger.LogError(exception, "Unhandled exception for {Path}", httpContext.Request.Path);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = null });
    }

    static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    // Binding errors name the parameter and what was wrong; JSON reader messages can be long, so keep the first line.
    static string PublicDetail(BadHttpRequestException b) =>
        (b.InnerException?.Message ?? b.Message).Split('\n')[0];
}
