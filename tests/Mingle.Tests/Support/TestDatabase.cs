using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Data;
using Npgsql;

namespace Mingle.Tests.Support;

/// <summary>
/// A fresh, migrated database per test: a temp SQLite file, or a new database on the PostgreSQL server named by
/// MINGLE_TEST_POSTGRES (scripts/test.sh starts one). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    readonly ServiceProvider services;
    readonly string? sqliteFile;
    readonly string? postgresName;

    TestDatabase(DatabaseSettings settings, string? sqliteFile, string? postgresName)
    {
        Settings = settings;
        this.sqliteFile = sqliteFile;
        this.postgresName = postgresName;
        var collection = new ServiceCollection();
        collection.AddMingleCore(settings);
        services = collection.BuildServiceProvider();
    }

    public DatabaseSettings Settings { get; }

    public IServiceProvider Services => services;

    public static string? PostgresServer => Environment.GetEnvironmentVariable("MINGLE_TEST_POSTGRES");

    /// <summary>Provider names for [Theory] data: PostgreSQL only where a server is configured.</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { nameof(DatabaseProvider.Sqlite) };
            if (PostgresServer is not null) data.Add(nameof(DatabaseProvider.Postgres));
            return data;
        }
    }

    public static async Task<TestDatabase> CreateAsync(string provider = nameof(DatabaseProvider.Sqlite))
    {
        TestDatabase db;
        if (provider == nameof(DatabaseProvider.Postgres))
        {
            var server = PostgresServer ?? throw new InvalidOperationException("MINGLE_TEST_POSTGRES is not set.");
            var name = "mingle_t_" + Guid.NewGuid().ToString("N")[..16];
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }
            var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            db = new TestDatabase(new DatabaseSettings(DatabaseProvider.Postgres, cs), null, name);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"mingle-test-{Guid.NewGuid():N}.db");
            db = new TestDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false"), file, null);
        }
        await using var scope = db.Scope();
        await scope.ServiceProvider.GetRequiredService<MingleDb>().MigrateAsync(CancellationToken.None);
        return db;
    }

    public AsyncServiceScope Scope() => services.CreateAsyncScope();

    /// <summary>A new context (own change tracker) for arranging or asserting.</summary>
    public MingleDb NewContext() =>
        new(new DbContextOptionsBuilder<MingleDb>().UseMingleDatabase(Settings).Options);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (sqliteFile is not null)
        {
            foreach (var f in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
