using Microsoft.EntityFrameworkCore;
using Mingle.Tests.Support;
using static Mingle.Tests.Import.ImportFixture;

namespace Mingle.Tests.Import;

/// <summary>The published organisational data sets import with the counts given in shared/data/real-orgs/SOURCE.md.</summary>
public class RealOrgImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_Krackhardt_Has21ManagersReportingToTheCeoTreeAnd876Interactions(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var people = await PeopleFileAsync(database, RealOrgs("krackhardt_people.csv"));
        await using var stream = File.OpenRead(RealOrgs("krackhardt_interactions.csv"));
        var interactions = await InteractionsAsync(database, stream);

        Assert.True(people.Succeeded, string.Join("\n", people.Errors));
        Assert.True(interactions.Succeeded, string.Join("\n", interactions.Errors));
        Assert.Equal(21, people.Created);
        Assert.Equal(876, interactions.Imported);
        await using var db = database.NewContext();
        var byId = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var reportsTo = byId.Values.Where(p => p.ManagerId is not null)
            .Select(p => $"{p.Email},{byId[p.ManagerId!.Value].Email}").Order().ToList();
        var published = File.ReadLines(RealOrgs("krackhardt_reports_to_edges.csv")).Skip(1).Order().ToList();
        Assert.Equal(20, reportsTo.Count);
        Assert.Equal(published, reportsTo);
        var ceo = byId.Values.Single(p => p.ManagerId is null);
        Assert.Equal(("M07", 10, "HighTech"), (ceo.EmployeeId, ceo.Level, (await db.OrgUnits.FindAsync(ceo.OrgUnitId))!.Path));
        Assert.Equal(876, await db.Interactions.CountAsync());
    }

    [Fact]
    public async Task Import_Lazega_Has71LawyersAnd4401Interactions()
    {
        await using var database = await TestDatabase.CreateAsync();

        var people = await PeopleFileAsync(database, RealOrgs("lazega_people.csv"));
        await using var stream = File.OpenRead(RealOrgs("lazega_interactions.csv"));
        var interactions = await InteractionsAsync(database, stream);

        Assert.Equal((true, 71), (people.Succeeded, people.Created));
        Assert.Equal((true, 4401), (interactions.Succeeded, interactions.Imported));
        await using var db = database.NewContext();
        Assert.Equal(36, await db.People.CountAsync(p => p.Title == "Partner"));
        Assert.Equal(["Boston", "Hartford", "Providence"], await db.Locations.Select(l => l.Name).OrderBy(n => n).ToListAsync());
    }

    [Fact]
    public async Task Import_EmailEuCore_Has1005PeopleIn42Departments()
    {
        await using var database = await TestDatabase.CreateAsync();

        var people = await PeopleFileAsync(database, RealOrgs("email_eu_core_people.csv"));

        Assert.Equal((true, 1005), (people.Succeeded, people.Created));
        await using var db = database.NewContext();
        Assert.Equal(42, await db.OrgUnits.CountAsync(u => u.Depth == 1 && u.Path.StartsWith("EuResearch/")));
        Assert.Equal(1005, await db.People.CountAsync(p => p.OrgUnit!.Depth == 1));
    }
}
