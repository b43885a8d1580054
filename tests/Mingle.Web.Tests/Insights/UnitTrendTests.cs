using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Insights;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Insights;

public class UnitTrendTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnitTrend_ShowsStoredWeeks_OnlyWithKPeople_AndNoWeekThatDifferencesToAFewPeople(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        async Task SnapshotAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<InsightsSnapshots>().RunAsync([90], default);
        }
        var thisWeek = InsightsSnapshots.WeekOf(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime));
        await using (var db = app.NewContext())
        {
            // Older weeks as if stored under other rules: 4 people (below k), then 10 people (8 − 10 = 2 joiners).
            db.InsightsSnapshots.Add(new InsightsSnapshot { WeekStart = thisWeek.AddDays(-21), WindowDays = 90, UnitId = org.BigUnitId, Name = "Big", Size = 4 });
            db.InsightsSnapshots.Add(new InsightsSnapshot { WeekStart = thisWeek.AddDays(-14), WindowDays = 90, UnitId = org.BigUnitId, Name = "Big", Size = 10 });
            await db.SaveChangesAsync();
        }
        await SnapshotAsync();
        app.Clock.Advance(TimeSpan.FromDays(7));
        await SnapshotAsync();
        var analyst = await app.ClientForAsync(org.Analyst);

        var big = await analyst.GetFromJsonAsync<JsonElement>($"/api/insights/units/{org.BigUnitId}?window=90d");

        var trend = big.GetProperty("trend").EnumerateArray().ToList();
        // Week −21 (4 people) is below k; week −14 (10) is the first shown; this week's 8 differ from it by 2 (< k) and are left out,
        // and so is next week's (also 2 from the last shown week).
        Assert.Equal([10], trend.Select(p => p.GetProperty("size").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/api/insights/units/{org.SmallUnitId}?window=90d")).StatusCode);

        var page = await analyst.GetStringAsync($"/insights/units?window=90d&level=department&unit={org.BigUnitId}");
        Assert.Contains("data-testid=\"unit-trend-empty\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnitTrend_TwoStoredWeeks_AreChartedOnTheUnitExplorer(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        for (var week = 0; week < 2; week++)
        {
            await using (var scope = app.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<InsightsSnapshots>().RunAsync([90], default);
            app.Clock.Advance(TimeSpan.FromDays(7));
        }
        var analyst = await app.ClientForAsync(org.Analyst);

        var big = await analyst.GetFromJsonAsync<JsonElement>($"/api/insights/units/{org.BigUnitId}?window=90d");
        Assert.Equal([8, 8], big.GetProperty("trend").EnumerateArray().Select(p => p.GetProperty("size").GetInt32()));
        var page = await analyst.GetStringAsync($"/insights/units?window=90d&level=department&unit={org.BigUnitId}");
        Assert.Contains("data-chart=\"unitTrend\"", page, StringComparison.Ordinal);
        Assert.Contains("unit-trend-data", page, StringComparison.Ordinal);
    }
}
