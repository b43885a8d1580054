using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Mingle.Data;

namespace Mingle.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider without a running app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MingleDb>
{
    public MingleDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MingleDb>();
        options.UseMingleDatabase(new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=mingle_design"));
        return new MingleDb(options.Options);
    }
}
