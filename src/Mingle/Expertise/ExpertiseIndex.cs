using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mingle.Data;

namespace Mingle.Expertise;

/// <summary>
/// The process-wide holder of the current <see cref="ExpertiseSnapshot"/>. Built lazily on first use; afterwards a
/// request at most every <see cref="ExpertiseOptions.CheckSeconds"/> compares a cheap stamp (row counts and latest
/// update times) with the database and rebuilds when it moved — in the background by default, so no request
/// waits for a rebuild after the first. Each web instance keeps its own copy: with many stateless instances on
/// PostgreSQL (DESIGN §6) every instance converges within the check interval plus one rebuild, and nothing needs
/// to be shared between them.
/// </summary>
public sealed class ExpertiseIndex(IServiceScopeFactory scopes, TimeProvider clock, ExpertiseOptions options, ILogger<ExpertiseIndex> logger)
    : IDisposable
{
    readonly SemaphoreSlim gate = new(1, 1);
    volatile ExpertiseSnapshot? current;
    long checkedAtTicks;
    int refreshing;

    public async ValueTask<ExpertiseSnapshot> CurrentAsync(CancellationToken ct)
    {
        var snapshot = current;
        if (snapshot is null) return await RefreshAsync(force: true, ct);
        var now = clock.GetUtcNow().UtcTicks;
        if (now - Interlocked.Read(ref checkedAtTicks) < TimeSpan.FromSeconds(options.CheckSeconds).Ticks) return snapshot;
        if (!options.Background) return await RefreshAsync(force: false, ct);
        if (Interlocked.Exchange(ref refreshing, 1) == 0)
        {
            _ = Task.Run(async () =>
            {
                try { await RefreshAsync(force: false, CancellationToken.None); }
                catch (Exception e) when (e is not OutOfMemoryException) { logger.LogError(e, "Refreshing the expertise index failed"); }
                finally { Volatile.Write(ref refreshing, 0); }
            }, CancellationToken.None);
        }
        return snapshot;
    }

    /// <summary>Builds the index now, in the background (called once the web app has started).</summary>
    public void WarmUpInBackground(CancellationToken stopping) =>
        _ = Task.Run(async () =>
        {
            try { await CurrentAsync(stopping); }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested) { }
            catch (Exception e) when (e is not OutOfMemoryException) { logger.LogError(e, "Building the expertise index failed"); }
        }, CancellationToken.None);

    /// <summary>Drops the index so the next request rebuilds it (after a bulk import, for example).</summary>
    public void Invalidate() => Interlocked.Exchange(ref checkedAtTicks, 0);

    async Task<ExpertiseSnapshot> RefreshAsync(bool force, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MingleDb>();
            var snapshot = current;
            if (snapshot is not null && !force)
            {
                var stamp = await ExpertiseSnapshot.StampAsync(db, ct);
                if (stamp == snapshot.Stamp)
                {
                    Interlocked.Exchange(ref checkedAtTicks, clock.GetUtcNow().UtcTicks);
                    return snapshot;
                }
            }
            else if (snapshot is not null && force)
            {
                return snapshot; // another caller built it while this one waited
            }
            var started = clock.GetTimestamp();
            var last = started;
            snapshot = await ExpertiseSnapshot.BuildAsync(db, clock.GetUtcNow(), ct, phase =>
            {
                if (logger.IsEnabled(LogLevel.Debug))
                    logger.LogDebug("Expertise index: {Phase} in {Elapsed}", phase, clock.GetElapsedTime(last));
                last = clock.GetTimestamp();
            });
            current = snapshot;
            Interlocked.Exchange(ref checkedAtTicks, clock.GetUtcNow().UtcTicks);
            if (logger.IsEnabled(LogLevel.Information))
                logger.LogInformation("Expertise index built: {People} people, {Skills} skills in {Elapsed}",
                    snapshot.Count, snapshot.SkillHolders.Count, clock.GetElapsedTime(started));
            return snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
