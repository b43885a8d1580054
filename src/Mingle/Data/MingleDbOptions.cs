using Microsoft.EntityFrameworkCore;

namespace Mingle.Data;

public static class MingleDbOptions
{
    public const string SqliteMigrations = "Mingle.Migrations.Sqlite";
    public const string PostgresMigrations = "Mingle.Migrations.Postgres";

    public static DbContextOptionsBuilder<MingleDb> UseMingleDatabase(this DbContextOptionsBuilder<MingleDb> builder,
        DatabaseSettings settings)
    {
        ((DbContextOptionsBuilder)builder).UseMingleDatabase(settings);
        return builder;
    }

    /// <summary>Points the context at the configured provider and its own migrations assembly.</summary>
    public static DbContextOptionsBuilder UseMingleDatabase(this DbContextOptionsBuilder builder, DatabaseSettings settings) =>
        settings.Provider switch
        {
            DatabaseProvider.Postgres => builder.UseNpgsql(settings.ConnectionString,
                o => o.MigrationsAssembly(PostgresMigrations).CommandTimeout(600)),
            _ => builder.UseSqlite(settings.ConnectionString,
                o => o.MigrationsAssembly(SqliteMigrations).CommandTimeout(600)),
        };
}
