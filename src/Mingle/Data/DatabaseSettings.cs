using Microsoft.Extensions.Configuration;

namespace Mingle.Data;

/// <summary>
/// `Database:Provider` (Sqlite | Postgres) and `ConnectionStrings:Mingle`, read the same way by the web app and the CLI.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteFile = "data/mingle.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
            throw new InvalidOperationException(
                $"Database:Provider must be Sqlite or Postgres, not '{providerText}'.");
        var connection = configuration.GetConnectionString("Mingle");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new InvalidOperationException("ConnectionStrings:Mingle is required when Database:Provider is Postgres.");
            connection = $"Data Source={DefaultSqlitePath(Directory.GetCurrentDirectory())}";
        }
        return new DatabaseSettings(provider, connection);
    }

    /// <summary>
    /// `data/mingle.db` under the repository root when run from a checkout (`dotnet run` starts the web app in its
    /// project folder and the CLI wherever you are; both must find the same file), else under the current folder.
    /// </summary>
    public static string DefaultSqlitePath(string currentDirectory) =>
        Path.Combine(FindRepositoryRoot(currentDirectory) ?? currentDirectory, DefaultSqliteFile);

    /// <summary>The nearest folder at or above <paramref name="start"/> holding Mingle.slnx; null outside a checkout.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mingle.slnx"))) return dir.FullName;
        return null;
    }

    /// <summary>Creates the folder of a SQLite file so the first start just works.</summary>
    public void EnsureSqliteFolder()
    {
        if (Provider != DatabaseProvider.Sqlite) return;
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString);
        var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(dir) && builder.DataSource != ":memory:") Directory.CreateDirectory(dir);
    }
}
