using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Mingle.Data;

namespace Mingle.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider without a running app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MingleDb>
{
    public MingleDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MingleDb>();
        options.UseMingleDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design.db"));
        return new MingleDb(options.Options);
    }
}
