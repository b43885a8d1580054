using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;

namespace Mingle.Insights;

/// <summary>
/// The weekly snapshot job: computes every window's insights and stores the organisation's and each visible unit's
/// metrics for the current week (Monday). Idempotent: running it again in the same week replaces that week's rows.
/// </summary>
public sealed class InsightsSnapshots(MingleDb db, TimeProvider clock, InsightsService insights, AuditLog audit)
{
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public async Task<int> RunAsync(IReadOnlyList<int>? windows, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var week = WeekOf(DateOnly.FromDateTime(now));
        var written = 0;
        foreach (var days in windows ?? [InsightsWindow.Default])
        {
            var computed = await insights.ComputeAsync(days, ct);
            await db.InsightsSnapshots.Where(s => s.WeekStart == week && s.WindowDays == days).ExecuteDeleteAsync(ct);
            if (!computed.Visibility.IsVisible(GroupKey.Organisation)) continue;
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
        }
        audit.Add(null, "insights.snapshot", week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"rows={written}");
        await db.SaveChangesAsync(ct);
        return written;
    }

    static double? N(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : Math.Round(value, 6);
}
