using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mingle.Data;

namespace Mingle.Import;

/// <summary>
/// SQLite keeps about 2 MB of pages in memory by default. A bulk insert into tables with several indexes then spills
/// and re-reads index pages for nearly every row (the 1M-interaction benchmark wrote ~1 GB for a 180 MB file).
/// For the length of an import the cache may grow (pages are only allocated as used), then it is put back, because
/// pooled connections keep their settings.
/// </summary>
internal sealed class SqliteImportCache : IAsyncDisposable
{
    const int ImportCacheKiB = 1024 * 1024;

    readonly MingleDb db;
    readonly long previous;

    SqliteImportCache(MingleDb db, long previous)
    {
        this.db = db;
        this.previous = previous;
    }

    /// <summary>Opens the connection (it stays open until disposed) and enlarges the cache; a no-op on PostgreSQL.</summary>
    public static async Task<SqliteImportCache?> EnlargeAsync(MingleDb db, CancellationToken ct)
    {
        if (db.IsPostgres) return null;
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        var previous = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        command.CommandText = $"PRAGMA cache_size = -{ImportCacheKiB}";
        await command.ExecuteNonQueryAsync(ct);
        return new SqliteImportCache(db, previous);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = $"PRAGMA cache_size = {previous.ToString(CultureInfo.InvariantCulture)}";
            await command.ExecuteNonQueryAsync();
        }
        await db.Database.CloseConnectionAsync();
    }
}
