using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mingle.Data;

namespace Mingle.Web;

public sealed class DatabaseHealthCheck(MingleDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Cannot reach the database.");
}
