using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Mingle.Audit;
using Mingle.Import;
using Mingle.Tests.Support;

namespace Mingle.Tests.Import;

/// <summary>Runs imports against a test database with a fixed clock, and captures the database for "nothing written" checks.</summary>
internal static class ImportFixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public const string Header = "employee_id,email,name,title,department,function,manager_email,location,country,time_zone,level,hire_date,status";

    public static async Task<PeopleImportResult> PeopleAsync(TestDatabase database, string csv, bool full = false,
        bool dryRun = false)
    {
        await using var db = database.NewContext();
        var clock = new FakeTimeProvider(Now);
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await new PeopleImport(db, clock, new AuditLog(db, clock))
            .RunAsync(new PeopleImportRequest(stream, dryRun, full), null, CancellationToken.None);
    }

    public static async Task<PeopleImportResult> PeopleFileAsync(TestDatabase database, string path, bool full = false)
    {
        await using var db = database.NewContext();
        var clock = new FakeTimeProvider(Now);
        await using var stream = File.OpenRead(path);
        return await new PeopleImport(db, clock, new AuditLog(db, clock))
            .RunAsync(new PeopleImportRequest(stream, false, full), null, CancellationToken.None);
    }

    public static async Task<InteractionImportResult> InteractionsAsync(TestDatabase database, Stream csv, bool dryRun = false)
    {
        await using var db = database.NewContext();
        var clock = new FakeTimeProvider(Now);
        return await new InteractionImport(db, new AuditLog(db, clock))
            .RunAsync(new InteractionImportRequest(csv, dryRun), null, CancellationToken.None);
    }

    public static Task<InteractionImportResult> InteractionsAsync(TestDatabase database, string csv, bool dryRun = false) =>
        InteractionsAsync(database, new MemoryStream(Encoding.UTF8.GetBytes(csv)), dryRun);

    /// <summary>Lines joined with \n, so tests read like the file.</summary>
    public static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>Everything an import may touch, as text: equal snapshots mean nothing was written.</summary>
    public static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync();
        var sites = await db.Locations.AsNoTracking().OrderBy(l => l.Id).ToListAsync();
        var sb = new StringBuilder();
        foreach (var p in people)
        {
            sb.AppendLine($"{p.Id}|{p.EmployeeId}|{p.Email}|{p.Name}|{p.Title}|{p.OrgUnitId}|{p.ManagerId}|{p.LocationId}|" +
                $"{p.Level}|{p.HireDate}|{p.TimeZone}|{p.Status}|{p.LeftAt}|{p.SecurityStamp}|{p.UpdatedAt}");
        }
        foreach (var u in units) sb.AppendLine($"{u.Id}|{u.Path}|{u.ParentId}|{u.Depth}|{u.Function}");
        foreach (var l in sites) sb.AppendLine($"{l.Id}|{l.Name}|{l.Country}|{l.TimeZone}");
        sb.AppendLine($"interactions {await db.Interactions.CountAsync()}");
        sb.AppendLine($"audit {await db.AuditEntries.CountAsync()}");
        sb.AppendLine($"tokens {await db.ApiTokens.CountAsync(t => t.RevokedAt == null)}");
        return sb.ToString();
    }

    /// <summary>
    /// The shared data folder: walks up from the test binaries to a folder holding shared/data/real-orgs (in CI,
    /// shared/ sits beside the clone).
    /// </summary>
    public static string RealOrgs(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "real-orgs");
            if (Directory.Exists(candidate)) return Path.Combine(candidate, file);
        }
        throw new DirectoryNotFoundException($"No shared/data/real-orgs above {AppContext.BaseDirectory}.");
    }
}
