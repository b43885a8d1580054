using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Insights;

/// <summary>
/// Privacy rules 1, 3 and 7 for insights: tries to read Smallville (3 people) and Ops (6 people, but
/// "Company − Big − Mid − Ops" = Smallville) through every endpoint, window, level, location filter and export.
/// </summary>
public class InsightsPrivacyTests
{
    static IEnumerable<string> EveryReadableUrl(InsightsOrg org)
    {
        foreach (var window in new[] { "30d", "90d", "180d", "365d" })
        {
            yield return $"/api/insights/organisation?window={window}";
            yield return $"/api/insights/informal-formal?window={window}";
            foreach (var level in new[] { "division", "department", "team", "0", "1", "2", "3", "location", "band" })
            {
                yield return $"/api/insights/units?level={level}&window={window}";
                yield return $"/api/insights/export.csv?level={level}&window={window}";
            }
            foreach (var level in new[] { "division", "department", "team" })
            {
                foreach (var location in new[] { org.PortoId, org.LisbonId })
                {
                    yield return $"/api/insights/units?level={level}&location={location}&window={window}";
                    yield return $"/api/insights/heatmap?level={level}&location={location}&window={window}";
                    yield return $"/api/insights/export.csv?level={level}&location={location}&window={window}";
                }
                yield return $"/api/insights/heatmap?level={level}&window={window}";
                yield return $"/api/insights/silos?level={level}&window={window}";
                yield return $"/api/insights/export.graphml?level={level}&window={window}";
                yield return $"/api/insights/export.gexf?level={level}&window={window}";
            }
            yield return $"/api/insights/units/{org.BigUnitId}?window={window}";
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SmallGroup_AndItsComplement_NeverLeaveTheServer_ThroughAnyEndpointFilterOrExport(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        var analyst = await app.ClientForAsync(org.Analyst);

        foreach (var url in EveryReadableUrl(org))
        {
            var response = await analyst.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Smallville", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Ops", body, StringComparison.Ordinal);
            Assert.DoesNotContain($"\"unitId\":{org.SmallUnitId},", body, StringComparison.Ordinal);
            Assert.DoesNotContain($"\"unitId\":{org.OpsUnitId},", body, StringComparison.Ordinal);
            Assert.DoesNotContain($"u{org.SmallUnitId}\"", body, StringComparison.Ordinal);
            // Porto holds 5 people (2 of Mid, all 3 of Smallville): a department listing within Porto shows none of them.
            if (url.Contains($"location={org.PortoId}", StringComparison.Ordinal) && url.Contains("/units?level=department", StringComparison.Ordinal))
                Assert.Empty(JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray());
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SuppressedUnit_AndUnknownUnit_GetTheSameAnswer(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        var analyst = await app.ClientForAsync(org.Analyst);

        var small = await ProblemAssert.IsProblemAsync(await analyst.GetAsync($"/api/insights/units/{org.SmallUnitId}"), HttpStatusCode.NotFound);
        var ops = await ProblemAssert.IsProblemAsync(await analyst.GetAsync($"/api/insights/units/{org.OpsUnitId}"), HttpStatusCode.NotFound);
        var unknown = await ProblemAssert.IsProblemAsync(await analyst.GetAsync("/api/insights/units/987654"), HttpStatusCode.NotFound);
        Assert.Equal(unknown.GetProperty("detail").GetString(), small.GetProperty("detail").GetString());
        Assert.Equal(unknown.GetProperty("detail").GetString(), ops.GetProperty("detail").GetString());
        Assert.DoesNotContain("small", small.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MinGroupSizeBelowFive_IsIgnored_AndAboveFive_Raises(string provider)
    {
        await using (var app = await MingleApp.StartAsync(provider, settings: new Dictionary<string, string> { ["Insights:MinGroupSize"] = "2" }))
        {
            var org = await InsightsOrg.CreateAsync(app);
            var units = await (await app.ClientForAsync(org.Analyst)).GetFromJsonAsync<JsonElement>("/api/insights/units?level=department");
            Assert.Equal(5, units.GetProperty("minGroupSize").GetInt32());
            Assert.DoesNotContain("Smallville", units.GetRawText(), StringComparison.Ordinal);
        }
        await using (var app = await MingleApp.StartAsync(provider, settings: new Dictionary<string, string> { ["Insights:MinGroupSize"] = "8" }))
        {
            var org = await InsightsOrg.CreateAsync(app);
            var units = await (await app.ClientForAsync(org.Analyst)).GetFromJsonAsync<JsonElement>("/api/insights/units?level=department");
            Assert.Equal(8, units.GetProperty("minGroupSize").GetInt32());
            // Only Big has 8 people, and Company − Big (16) is fine; Mid (7) and the rest are suppressed.
            Assert.Equal(["Big"], units.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NamedRoles_NeedThePolicyAndConsent_AndAreAuditLogged(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        var analyst = await app.ClientForAsync(org.Analyst);
        var admin = await app.ClientForAsync(org.Admin);
        const string url = "/api/insights/named?role=boundarySpanners";

        // Off by default: no named view exists, whatever people chose.
        Assert.False((await admin.GetFromJsonAsync<JsonElement>("/api/admin/insights-policy")).GetProperty("namedInsights").GetBoolean());
        await ProblemAssert.IsProblemAsync(await analyst.GetAsync(url), HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/admin/insights-policy", new { namedInsights = true })).StatusCode);
        // Policy on, but nobody consented yet: an empty list.
        var none = await analyst.GetFromJsonAsync<JsonElement>("/api/insights/named?role=peripheral");
        Assert.Empty(none.GetProperty("people").EnumerateArray());

        // Ask every Big member who links to another department; only the ones who consent appear.
        var spanners = new List<int>();
        foreach (var p in org.Big.Concat(org.Mid))
        {
            var me = await app.ClientForAsync(p);
            Assert.False((await me.GetFromJsonAsync<JsonElement>("/api/me/insights-consent")).GetProperty("includeInNamedInsights").GetBoolean());
        }
        var consenting = org.Big[4];
        var client = await app.ClientForAsync(consenting);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/me/insights-consent", new { includeInNamedInsights = true })).StatusCode);
        await using (var db = app.NewContext())
        {
            // Make the consenting person a boundary spanner: ties into three other departments.
            foreach (var other in new[] { org.Mid[5], org.Ops[2], org.Small[2] })
                foreach (var ago in new[] { 2, 5 })
                    db.Interactions.Add(new Mingle.Network.Interaction
                    {
                        FromPersonId = consenting.Id,
                        ToPersonId = other.Id,
                        Type = Mingle.Network.InteractionType.Meeting,
                        OccurredAt = app.Clock.GetUtcNow().UtcDateTime.AddDays(-ago),
                    });
            await db.SaveChangesAsync();
        }

        var named = await analyst.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal([consenting.Id], named.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
        // A named view inside a suppressed unit is the same "not available" as an unknown one.
        await ProblemAssert.IsProblemAsync(await analyst.GetAsync($"{url}&unit={org.SmallUnitId}"), HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/admin/insights-policy", new { namedInsights = false })).StatusCode);
        await ProblemAssert.IsProblemAsync(await analyst.GetAsync(url), HttpStatusCode.Forbidden);

        await using var check = app.NewContext();
        var audit = await check.AuditEntries.Where(a => a.Action.StartsWith("insights.")).ToListAsync();
        Assert.Contains(audit, a => a.Action == "insights.named" && a.ActorId == org.Analyst.Id && a.Target == "boundarySpanners");
        Assert.Equal(2, audit.Count(a => a.Action == "insights.policy" && a.ActorId == org.Admin.Id));
        Assert.Contains(audit, a => a.Action == "insights.consent" && a.ActorId == consenting.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Consent_IsInMyExport_AndGoesWithErasure(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        var me = await app.ClientForAsync(org.Big[6]);
        await me.PutAsJsonAsync("/api/me/insights-consent", new { includeInNamedInsights = true });

        var export = await me.GetFromJsonAsync<JsonElement>("/api/me/export");
        Assert.True(export.GetProperty("includeInNamedInsights").GetBoolean());
        Assert.Contains(export.GetProperty("auditTrail").EnumerateArray(), a => a.GetProperty("action").GetString() == "insights.consent");

        var before = await (await app.ClientForAsync(org.Analyst)).GetFromJsonAsync<JsonElement>("/api/insights/organisation");
        var admin = await app.ClientForAsync(org.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/admin/people/{org.Big[6].Id}")).StatusCode);
        var after = await (await app.ClientForAsync(org.Analyst)).GetFromJsonAsync<JsonElement>("/api/insights/organisation");
        // Aggregates are recomputed without the erased person.
        Assert.Equal(before.GetProperty("size").GetInt32() - 1, after.GetProperty("size").GetInt32());
        await using var db = app.NewContext();
        Assert.False(await db.People.AnyAsync(p => p.Id == org.Big[6].Id));
    }
}
