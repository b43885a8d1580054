namespace Mingle.Insights;

/// <summary>
/// The last computed <see cref="NetworkInsights"/> per window, reused while the data fingerprint (people, units,
/// interactions, connections and the hour) is unchanged: a 200,000-person refresh takes tens of seconds, a dashboard
/// must not. One computation at a time, so ten analysts opening the page do not start ten refreshes.
/// </summary>
public sealed class InsightsCache : IDisposable
{
    readonly Dictionary<int, (string Fingerprint, NetworkInsights Value)> entries = [];
    readonly SemaphoreSlim gate = new(1, 1);

    public async Task<NetworkInsights> GetAsync(int windowDays, string fingerprint,
        Func<CancellationToken, Task<NetworkInsights>> compute, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(compute);
        await gate.WaitAsync(ct);
        try
        {
            if (entries.TryGetValue(windowDays, out var hit) && hit.Fingerprint == fingerprint) return hit.Value;
            var value = await compute(ct);
            entries[windowDays] = (fingerprint, value);
            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
