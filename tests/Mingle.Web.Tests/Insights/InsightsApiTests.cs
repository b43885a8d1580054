using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Insights;

public class InsightsApiTests
{
    public static readonly string[] Endpoints =
    [
        "/api/insights/organisation?window=90d", "/api/insights/units?level=department&window=90d", "/api/insights/units/1",
        "/api/insights/heatmap?level=department", "/api/insights/silos", "/api/insights/informal-formal",
        "/api/insights/named?role=informationBrokers", "/api/insights/programmes?window=90d", "/api/insights/export.csv", "/api/insights/export.graphml",
        "/api/insights/export.gexf",
    ];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Employee_Gets403_OnEveryInsightsEndpoint_AndAnonymous401(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        var employee = await app.ClientForAsync(org.Employee);
        foreach (var url in Endpoints)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.PutAsJsonAsync("/api/admin/insights-policy", new { namedInsights = true })).StatusCode);
        var analyst = await app.ClientForAsync(org.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync("/api/admin/insights-policy", new { namedInsights = true })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Units_ListsVisibleDepartments_WithMetricsAndRoleCounts_AndCountsSuppressed(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        var analyst = await app.ClientForAsync(org.Analyst);

        var units = await analyst.GetFromJsonAsync<JsonElement>("/api/insights/units?level=department&window=90d");

        Assert.Equal(2, units.GetProperty("suppressed").GetInt32()); // Smallville, and Ops that would give it away
        var items = units.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
        Assert.Equal(["Big", "Mid"], items.Keys.Order(StringComparer.Ordinal));
        var big = items["Big"];
        Assert.Equal(org.BigUnitId, big.GetProperty("unitId").GetInt32());
        Assert.Equal(8, big.GetProperty("size").GetInt32());
        Assert.Equal(1.0, big.GetProperty("density").GetDouble()); // a clique
        // Big: 28 internal ties, 4 external (2 to Mid, 2 to Smallville) → (4 − 28) / 32.
        Assert.Equal(-0.75, big.GetProperty("eiIndex").GetDouble(), 6);
        Assert.Equal(4 / 8.0, big.GetProperty("breadth").GetDouble(), 6); // four people reach one other department
        Assert.Equal(0, big.GetProperty("peripheralShare").GetDouble());
        var roles = big.GetProperty("roles");
        foreach (var role in new[] { "centralConnectors", "boundarySpanners", "informationBrokers", "peripheral", "overloaded" })
            Assert.True(roles.TryGetProperty(role, out _), role);

        var organisation = await analyst.GetFromJsonAsync<JsonElement>("/api/insights/organisation?window=90d");
        Assert.Equal(24, organisation.GetProperty("size").GetInt32());
        Assert.Equal(28 + 21 + 15 + 3 + 5, organisation.GetProperty("ties").GetInt32());
        Assert.False(organisation.GetProperty("suppressed").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryView_IsAuditLogged(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        var analyst = await app.ClientForAsync(org.Analyst);
        foreach (var url in new[] { "/api/insights/organisation", "/api/insights/units", "/api/insights/heatmap", "/api/insights/silos",
                     "/api/insights/export.csv", "/api/insights/export.gexf" })
            Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync(url)).StatusCode);

        await using var db = app.NewContext();
        var entries = await db.AuditEntries.Where(a => a.Action == "insights.view").ToListAsync();
        Assert.All(entries, e => Assert.Equal(org.Analyst.Id, e.ActorId));
        var targets = entries.Select(e => e.Target).ToHashSet();
        foreach (var view in new[] { "organisation", "units", "heatmap", "silos", "export.csv", "export.gexf" }) Assert.Contains(view, targets);
        Assert.Contains(entries, e => e.Target == "units" && e.Detail == "window=90d level=department");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BadParameters_Are400ProblemDetails(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        var analyst = await app.ClientForAsync(org.Analyst);
        foreach (var url in new[] { "/api/insights/organisation?window=45d", "/api/insights/units?level=galaxy", "/api/insights/units?window=abc",
                     "/api/insights/units?level=location&location=" + org.PortoId, "/api/insights/units?location=99999",
                     "/api/insights/heatmap?level=band", "/api/insights/silos?limit=0", "/api/insights/named?role=spy" })
            await ProblemAssert.IsProblemAsync(await analyst.GetAsync(url), HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CsvExport_NeutralisesFormulas_AndGraphExportsListVisibleUnits(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        await using (var db = app.NewContext())
        {
            var big = await db.OrgUnits.SingleAsync(u => u.Id == org.BigUnitId);
            big.Name = "=HYPERLINK(\"http://evil\")";
            await db.SaveChangesAsync();
        }
        var analyst = await app.ClientForAsync(org.Analyst);

        var csv = await analyst.GetStringAsync("/api/insights/export.csv?level=department");
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("# suppressed groups (fewer than 5 people or differencing): 2", csv, StringComparison.Ordinal);
        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // header, Big, Mid, suppressed note

        var graphml = await analyst.GetStringAsync("/api/insights/export.graphml?level=department");
        Assert.Contains($"<node id=\"u{org.BigUnitId}\">", graphml, StringComparison.Ordinal);
        Assert.Contains("<edge ", graphml, StringComparison.Ordinal);
        var gexf = await analyst.GetStringAsync("/api/insights/export.gexf?level=department");
        Assert.Contains("http://gexf.net/1.3", gexf, StringComparison.Ordinal);
        Assert.Equal(2, gexf.Split("<node ").Length - 1);
    }
}
