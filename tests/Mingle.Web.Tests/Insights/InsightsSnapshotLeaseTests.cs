using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Insights;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Insights;

/// <summary>
/// The scheduled snapshot runs exactly once per week across instances: two hosts on one database (each its own DI
/// container, DbContext and connection) race for the same week, and only one computes and stores it.
/// </summary>
public class InsightsSnapshotLeaseTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoHosts_RacingForTheSameWeek_ComputeAndStoreItOnce(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        await InsightsOrg.CreateAsync(app);
        await using var other = app.WithWebHostBuilder(_ => { }); // a second host: its own container and connections
        var start = new TaskCompletionSource();
        async Task<int?> RunAsync(IServiceProvider host)
        {
            await start.Task;
            await using var scope = host.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<InsightsSnapshots>().RunOnceAsync([90], default);
        }
        var first = RunAsync(app.Services);
        var second = RunAsync(other.Services);
        start.SetResult();
        var results = await Task.WhenAll(first, second);

        Assert.Single(results, r => r is > 0);
        Assert.Single(results, r => r is null);
        await using var db = app.NewContext();
        var claim = await db.InsightsSnapshotClaims.SingleAsync();
        Assert.NotNull(claim.CompletedAt);
        Assert.Equal(results.Single(r => r is not null), claim.Rows);
        Assert.Equal(claim.Rows, await db.InsightsSnapshots.CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "insights.snapshot"));

        // The week is done: later runs on either host do nothing; next week runs again.
        await using (var scope = other.Services.CreateAsyncScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<InsightsSnapshots>().RunOnceAsync([90], default));
        app.Clock.Advance(TimeSpan.FromDays(7));
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(claim.Rows, await scope.ServiceProvider.GetRequiredService<InsightsSnapshots>().RunOnceAsync([90], default));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AClaimLeftUnfinished_IsTakenOverAfterTheLease(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        await InsightsOrg.CreateAsync(app);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var week = InsightsSnapshots.WeekOf(DateOnly.FromDateTime(now));
        await using (var db = app.NewContext())
        {
            db.InsightsSnapshotClaims.Add(new InsightsSnapshotClaim { WeekStart = week, WindowDays = 90, ClaimedAt = now.AddMinutes(-5) });
            await db.SaveChangesAsync();
        }
        async Task<int?> RunAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<InsightsSnapshots>().RunOnceAsync([90], default);
        }

        Assert.Null(await RunAsync()); // another instance is still at it
        app.Clock.Advance(InsightsSnapshots.Lease);
        Assert.True(await RunAsync() > 0); // it died: this one takes over
        await using var check = app.NewContext();
        Assert.NotNull((await check.InsightsSnapshotClaims.SingleAsync()).CompletedAt);
    }
}
