using Microsoft.Extensions.Configuration;
using Mingle.Data;

namespace Mingle.Tests.Data;

public class DatabaseSettingsTests
{
    static DatabaseSettings From(params (string Key, string Value)[] values) =>
        DatabaseSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Default_IsSqliteFileUnderTheRepositoryRootDataFolder()
    {
        var settings = From();
        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        var root = Architecture.LayeringTests.RepoRoot();
        Assert.Equal($"Data Source={Path.Combine(root, "data", "mingle.db")}", settings.ConnectionString);
    }

    [Fact]
    public void DefaultPath_FromAProjectFolder_StillPointsAtTheRepositoryRoot()
    {
        var root = Architecture.LayeringTests.RepoRoot();
        Assert.Equal(Path.Combine(root, "data", "mingle.db"), DatabaseSettings.DefaultSqlitePath(Path.Combine(root, "src", "Mingle.Web")));
        var outside = Path.GetTempPath();
        Assert.Equal(Path.Combine(outside, "data", "mingle.db"), DatabaseSettings.DefaultSqlitePath(outside));
    }

    [Fact]
    public void Postgres_IsCaseInsensitive_AndNeedsAConnectionString()
    {
        Assert.Equal(DatabaseProvider.Postgres, From(("Database:Provider", "postgres"), ("ConnectionStrings:Mingle", "Host=x")).Provider);
        var error = Assert.Throws<InvalidOperationException>(() => From(("Database:Provider", "Postgres")));
        Assert.Contains("ConnectionStrings:Mingle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProvider_IsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => From(("Database:Provider", "Oracle")));
        Assert.Contains("Sqlite or Postgres", error.Message, StringComparison.Ordinal);
    }
}
