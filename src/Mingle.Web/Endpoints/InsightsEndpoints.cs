using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Insights;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// Network insights for Analysts and Admins; everyone else gets 403 on all of it. Aggregates only, under the minimum
/// group size rules; named role lists only where the policy and each person's consent allow. Every call is audit-logged
/// by the core services.
/// </summary>
public static class InsightsEndpoints
{
    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder app)
    {
        var insights = app.MapGroup("/api/insights").RequireAuthorization(Policies.Analyst).WithTags("Insights");
        insights.MapGet("/organisation", Organisation).WithName("GetOrganisationInsights");
        insights.MapGet("/units", Units).WithName("ListUnitInsights");
        insights.MapGet("/units/{id:int}", Unit).WithName("GetUnitInsights");
        insights.MapGet("/heatmap", Heatmap).WithName("GetInsightsHeatmap");
        insights.MapGet("/silos", Silos).WithName("ListSilos");
        insights.MapGet("/informal-formal", InformalFormal).WithName("GetInformalVsFormal");
        insights.MapGet("/programmes", Programmes).WithName("GetProgrammeImpact");
        insights.MapGet("/named", Named).WithName("ListNamedRoles");
        insights.MapGet("/export.csv", ExportCsv).WithName("ExportInsightsCsv");
        insights.MapGet("/export.graphml", ExportGraphMl).WithName("ExportUnitNetworkGraphMl");
        insights.MapGet("/export.gexf", ExportGexf).WithName("ExportUnitNetworkGexf");

        var policy = app.MapGroup("/api/admin/insights-policy").RequireAuthorization(Policies.Admin).WithTags("Insights");
        policy.MapGet("", GetPolicy).WithName("GetInsightsPolicy");
        policy.MapPut("", SetPolicy).WithName("SetInsightsPolicy");

        var me = app.MapGroup("/api/me/insights-consent").RequireAuthorization().WithTags("Insights");
        me.MapGet("", GetConsent).WithName("GetMyInsightsConsent");
        me.MapPut("", SetConsent).WithName("SetMyInsightsConsent");
        return app;
    }

    static async Task<Ok<OrganisationInsights>> Organisation(ClaimsPrincipal user, InsightsService insights, CancellationToken ct,
        string? window = null) =>
        TypedResults.Ok(await insights.OrganisationAsync(user.PersonId(), window, ct));

    static async Task<Ok<GroupInsightList>> Units(ClaimsPrincipal user, InsightsService insights, CancellationToken ct,
        string? window = null, string? level = null, int? location = null) =>
        TypedResults.Ok(await insights.GroupsAsync(user.PersonId(), window, level, location, ct));

    static async Task<Ok<UnitInsightDetail>> Unit(int id, ClaimsPrincipal user, InsightsService insights, CancellationToken ct,
        string? window = null) =>
        TypedResults.Ok(await insights.UnitAsync(user.PersonId(), window, id, ct));

    static async Task<Ok<Heatmap>> Heatmap(ClaimsPrincipal user, InsightsService insights, CancellationToken ct,
        string? window = null, string? level = null, int? location = null) =>
        TypedResults.Ok(await insights.HeatmapAsync(user.PersonId(), window, level, location, ct));

    static async Task<Ok<SiloReport>> Silos(ClaimsPrincipal user, InsightsService insights, CancellationToken ct,
        string? window = null, string? level = null, int? limit = null) =>
        TypedResults.Ok(await insights.SilosAsync(user.PersonId(), window, level, limit, ct));

    static async Task<Ok<InformalFormal>> InformalFormal(ClaimsPrincipal user, InsightsService insights, CancellationToken ct,
        string? window = null) =>
        TypedResults.Ok(await insights.InformalFormalAsync(user.PersonId(), window, ct));

    static async Task<Ok<ProgrammeImpactReport>> Programmes(ClaimsPrincipal user, ProgrammeImpactService impact, CancellationToken ct,
        string? window = null) =>
        TypedResults.Ok(await impact.ImpactAsync(user.PersonId(), window, ct));

    static async Task<Ok<NamedRoleList>> Named(ClaimsPrincipal user, NamedInsights named, CancellationToken ct,
        string? role = null, string? window = null, int? unit = null) =>
        TypedResults.Ok(await named.ListAsync(user.PersonId(), window, role, unit, ct));

    static async Task<FileContentHttpResult> ExportCsv(ClaimsPrincipal user, InsightsExport export, CancellationToken ct,
        string? window = null, string? level = null, int? location = null) =>
        TypedResults.File(Encoding.UTF8.GetBytes(await export.CsvAsync(user.PersonId(), window, level, location, ct)),
            "text/csv; charset=utf-8", "mingle-insights.csv");

    static async Task<FileContentHttpResult> ExportGraphMl(ClaimsPrincipal user, InsightsExport export, CancellationToken ct,
        string? window = null, string? level = null) =>
        TypedResults.File(Encoding.UTF8.GetBytes(await export.UnitNetworkAsync(user.PersonId(), "graphml", window, level, ct)),
            "application/graphml+xml", "mingle-units.graphml");

    static async Task<FileContentHttpResult> ExportGexf(ClaimsPrincipal user, InsightsExport export, CancellationToken ct,
        string? window = null, string? level = null) =>
        TypedResults.File(Encoding.UTF8.GetBytes(await export.UnitNetworkAsync(user.PersonId(), "gexf", window, level, ct)),
            "application/gexf+xml", "mingle-units.gexf");

    static async Task<Ok<InsightsPolicyView>> GetPolicy(NamedInsights named, CancellationToken ct) =>
        TypedResults.Ok(new InsightsPolicyView(await named.PolicyAsync(ct)));

    static async Task<Ok<InsightsPolicyView>> SetPolicy(InsightsPolicyView request, ClaimsPrincipal user, NamedInsights named, CancellationToken ct)
    {
        await named.SetPolicyAsync(user.PersonId(), request.NamedInsights, ct);
        return TypedResults.Ok(new InsightsPolicyView(await named.PolicyAsync(ct)));
    }

    static async Task<Ok<InsightsConsentView>> GetConsent(ClaimsPrincipal user, NamedInsights named, CancellationToken ct) =>
        TypedResults.Ok(new InsightsConsentView(await named.ConsentAsync(user.PersonId(), ct)));

    static async Task<Ok<InsightsConsentView>> SetConsent(InsightsConsentView request, ClaimsPrincipal user, NamedInsights named,
        CancellationToken ct)
    {
        await named.SetConsentAsync(user.PersonId(), request.IncludeInNamedInsights, ct);
        return TypedResults.Ok(new InsightsConsentView(await named.ConsentAsync(user.PersonId(), ct)));
    }
}

public sealed record InsightsPolicyView(bool NamedInsights);

public sealed record InsightsConsentView(bool IncludeInNamedInsights);
