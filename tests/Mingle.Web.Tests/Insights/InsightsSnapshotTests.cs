using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Insights;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Insights;

public class InsightsSnapshotTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WeeklySnapshots_AreIdempotent_StoreOnlyVisibleGroups_AndFeedTheTrend(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await InsightsOrg.CreateAsync(app);
        async Task<int> SnapshotAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<InsightsSnapshots>().RunAsync([90], default);
        }

        var first = await SnapshotAsync();
        Assert.Equal(first, await SnapshotAsync()); // same week: replaced, not doubled
        app.Clock.Advance(TimeSpan.FromDays(7));
        await SnapshotAsync();

        await using var db = app.NewContext();
        var rows = await db.InsightsSnapshots.ToListAsync();
        Assert.Equal(2 * first, rows.Count);
        Assert.DoesNotContain(rows, r => r.UnitId == org.SmallUnitId || r.UnitId == org.OpsUnitId);
        Assert.All(rows, r => Assert.True(r.Size >= 5));
        var trend = (await (await app.ClientForAsync(org.Analyst)).GetFromJsonAsync<JsonElement>("/api/insights/organisation?window=90d"))
            .GetProperty("trend");
        Assert.Equal(2, trend.GetArrayLength());
        Assert.Equal(24, trend[0].GetProperty("size").GetInt32());
    }
}
