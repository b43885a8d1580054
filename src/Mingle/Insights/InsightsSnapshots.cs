using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;

namespace Mingle.Insights;

/// <summary>
/// The weekly snapshot job: computes every window's insights and stores the organisation's and each visible unit's
/// metrics for the current week (Monday). <see cref="RunAsync"/> (an operator's "now") replaces that week's rows;
/// <see cref="RunOnceAsync"/> (the scheduler on every instance) first claims the week in
/// <see cref="InsightsSnapshotClaim"/>, so of several instances exactly one computes and stores it.
/// </summary>
public sealed class InsightsSnapshots(MingleDb db, TimeProvider clock, InsightsService insights, AuditLog audit)
{
    /// <summary>A claim not completed within this time is taken to be from an instance that died.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);

    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public async Task<int> RunAsync(IReadOnlyList<int>? windows, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var week = WeekOf(DateOnly.FromDateTime(now));
        var written = 0;
        foreach (var days in windows ?? [InsightsWindow.Default]) written += await WriteAsync(week, days, now, ct);
        audit.Add(null, "insights.snapshot", week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"rows={written}");
        await db.SaveChangesAsync(ct);
        return written;
    }

    /// <summary>This week's snapshot unless another instance has taken (or is taking) it; null when nothing was claimed.</summary>
    public async Task<int?> RunOnceAsync(IReadOnlyList<int>? windows, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var week = WeekOf(DateOnly.FromDateTime(now));
        int? written = null;
        foreach (var days in windows ?? [InsightsWindow.Default])
        {
            if (!await ClaimAsync(week, days, now, ct)) continue;
            var rows = await WriteAsync(week, days, now, ct);
            await db.InsightsSnapshotClaims.Where(c => c.WeekStart == week && c.WindowDays == days)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.CompletedAt, clock.GetUtcNow().UtcDateTime).SetProperty(c => c.Rows, rows), ct);
            written = (written ?? 0) + rows;
        }
        if (written is { } total)
        {
            audit.Add(null, "insights.snapshot", week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"rows={total}");
            await db.SaveChangesAsync(ct);
        }
        return written;
    }

    /// <summary>
    /// Inserts the week's claim row. A concurrent instance's insert waits on the key and then fails (PostgreSQL) or
    /// fails at once (SQLite), so it never computes. A stale, unfinished claim is taken over with a conditional update
    /// that only one instance can win.
    /// </summary>
    async Task<bool> ClaimAsync(DateOnly week, int days, DateTime now, CancellationToken ct)
    {
        db.InsightsSnapshotClaims.Add(new InsightsSnapshotClaim { WeekStart = week, WindowDays = days, ClaimedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
        var existing = await db.InsightsSnapshotClaims.AsNoTracking().SingleOrDefaultAsync(c => c.WeekStart == week && c.WindowDays == days, ct);
        if (existing is null || existing.CompletedAt is not null || existing.ClaimedAt > now - Lease) return false;
        return await db.InsightsSnapshotClaims
            .Where(c => c.WeekStart == week && c.WindowDays == days && c.CompletedAt == null && c.ClaimedAt == existing.ClaimedAt)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.ClaimedAt, now), ct) == 1;
    }

    async Task<int> WriteAsync(DateOnly week, int days, DateTime now, CancellationToken ct)
    {
        var written = 0;
        var computed = await insights.ComputeAsync(days, ct);
        await db.InsightsSnapshots.Where(s => s.WeekStart == week && s.WindowDays == days).ExecuteDeleteAsync(ct);
        if (!computed.Visibility.IsVisible(GroupKey.Organisation)) return 0;
        var s = computed.Summary;
        db.InsightsSnapshots.Add(new InsightsSnapshot
        {
            WeekStart = week,
            WindowDays = days,
            UnitId = 0,
            Name = "Organisation",
            Size = s.Size,
            Ties = s.Ties,
            Density = N(s.Density),
            AverageNetworkSize = N(s.AverageNetworkSize),
            Breadth = N(s.AverageBreadth),
            CrossUnitShare = N(s.CrossUnitShare),
            EIIndex = N(s.EIIndex),
            FormalModularity = N(s.FormalModularity),
            InformalModularity = N(s.InformalModularity),
            Nmi = N(s.Nmi),
            PeripheralShare = s.Size == 0 ? null : (double)s.Roles[RoleNames.Of(NetworkRole.Peripheral)] / s.Size,
            CentralConnectors = s.Roles[RoleNames.Of(NetworkRole.CentralConnector)],
            BoundarySpanners = s.Roles[RoleNames.Of(NetworkRole.BoundarySpanner)],
            InformationBrokers = s.Roles[RoleNames.Of(NetworkRole.InformationBroker)],
            Peripheral = s.Roles[RoleNames.Of(NetworkRole.Peripheral)],
            Overloaded = s.Roles[RoleNames.Of(NetworkRole.Overloaded)],
            CreatedAt = now,
        });
        written++;
        for (var depth = 0; depth <= computed.Org.MaxDepth; depth++)
        {
            var stats = GroupStats.Compute(computed, new GroupListing(GroupKind.Unit, depth));
            for (var g = 0; g < stats.Groups.Length; g++)
            {
                if (!computed.Visibility.IsVisible(stats.Groups[g])) continue;
                var v = InsightsService.View(computed, stats, g);
                db.InsightsSnapshots.Add(new InsightsSnapshot
                {
                    WeekStart = week,
                    WindowDays = days,
                    UnitId = v.UnitId!.Value,
                    Name = v.Name,
                    Size = v.Size,
                    Ties = v.InternalTies,
                    Density = v.Density,
                    Breadth = v.Breadth,
                    EIIndex = v.EIIndex,
                    PeripheralShare = v.PeripheralShare,
                    CentralConnectors = v.Roles[RoleNames.Of(NetworkRole.CentralConnector)],
                    BoundarySpanners = v.Roles[RoleNames.Of(NetworkRole.BoundarySpanner)],
                    InformationBrokers = v.Roles[RoleNames.Of(NetworkRole.InformationBroker)],
                    Peripheral = v.Roles[RoleNames.Of(NetworkRole.Peripheral)],
                    Overloaded = v.Roles[RoleNames.Of(NetworkRole.Overloaded)],
                    CreatedAt = now,
                });
                written++;
            }
        }
        await db.SaveChangesAsync(ct);
        return written;
    }

    static double? N(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : Math.Round(value, 6);
}
