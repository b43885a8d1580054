using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Mingle.Data;
using Mingle.Demo;
using Mingle.Errors;
using Mingle.Network;
using Mingle.Tests.Support;

namespace Mingle.Tests.Demo;

public sealed class DemoSeederTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    static DemoSeeder Seeder(MingleDb db) => new(db, new FakeTimeProvider(Now));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_EmptyDatabase_WritesEveryRowOfTheGeneratedOrganisation(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var expected = DemoOrganisation.Generate(300, 11, 8, DateOnly.FromDateTime(Now.UtcDateTime));
        var stages = new List<DemoProgress>();

        DemoSeedResult result;
        await using (var db = database.NewContext())
        {
            Assert.True(await DemoSeeder.ShouldSeedAsync(db, default));
            result = await Seeder(db).SeedAsync(new DemoOptions(300, 11, 8), new Recorder(stages), default);
        }

        await using var check = database.NewContext();
        Assert.False(await DemoSeeder.ShouldSeedAsync(check, default));
        Assert.Equal(300, result.People);
        Assert.Equal(300, await check.People.CountAsync());
        Assert.Equal(expected.Units.Count, await check.OrgUnits.CountAsync());
        Assert.Equal(expected.Locations.Count, await check.Locations.CountAsync());
        Assert.Equal(expected.Skills.Count, await check.Skills.CountAsync());
        Assert.Equal(expected.Skills.Sum(s => s.Aliases.Length), await check.SkillAliases.CountAsync());
        Assert.Equal(expected.Interests.Count, await check.Interests.CountAsync());
        Assert.Equal(expected.PersonSkills.Length, await check.PersonSkills.CountAsync());
        Assert.Equal(expected.PersonInterests.Length, await check.PersonInterests.CountAsync());
        Assert.Equal(expected.Offers.Length, await check.Offers.CountAsync());
        Assert.Equal(expected.Asks.Length, await check.Asks.CountAsync());
        Assert.Equal(expected.Roles.Length, await check.RoleGrants.CountAsync());
        // The imported history is the generated one; personal networks add logged rows, and platform rows (demo introductions,
        // the demo coffee programme's "yes, we met" follow-ups) come on top.
        var personal = DemoPersonalNetworks.Generate(expected);
        Assert.Equal(expected.Interactions.Length, await check.Interactions.CountAsync(i => i.Source == InteractionSource.Import));
        Assert.Equal(expected.Interactions.Length, result.Interactions);
        Assert.Equal(personal.Logged.Length, await check.Interactions.CountAsync(i => i.Source == InteractionSource.Logged));
        Assert.Equal(personal.Logged.Length, result.LoggedInteractions);
        Assert.Equal(personal.Entries.Length, result.NetworkEntries);
        // Accepted demo introductions connect their two people on top of the generated Rolodexes (a few rows, never fewer).
        Assert.InRange(await check.NetworkEntries.CountAsync(), personal.Entries.Length, personal.Entries.Length + 20);

        // References survive the round trip: the CEO heads the chain, the analyst has her role, times are UTC.
        var ceo = await check.People.SingleAsync(p => p.Email == DemoLogins.Ceo);
        Assert.Null(ceo.ManagerId);
        Assert.Equal("E000001", ceo.EmployeeId);
        Assert.Equal(1, await check.People.CountAsync(p => p.ManagerId == null));
        var analyst = await check.People.Include(p => p.OrgUnit).Include(p => p.Location).SingleAsync(p => p.Email == DemoLogins.Analyst);
        Assert.Equal("People", analyst.OrgUnit!.Function);
        Assert.Equal(analyst.Location!.TimeZone, analyst.TimeZone);
        Assert.True(await check.RoleGrants.AnyAsync(r => r.PersonId == analyst.Id && r.Role == "Analyst"));
        var kubernetes = await check.SkillAliases.SingleAsync(a => a.Alias == "k8s");
        Assert.Equal("Kubernetes", (await check.Skills.FindAsync(kubernetes.SkillId))!.Name);
        var latest = await check.Interactions.MaxAsync(i => i.OccurredAt);
        Assert.True(latest < Now.UtcDateTime && latest > Now.UtcDateTime.AddDays(-8));
        Assert.All(await check.Interactions.Where(i => i.Type == InteractionType.Message).Take(50).ToListAsync(),
            i => Assert.Equal(InteractionDirection.FromTo, i.Direction));

        // Identity sequences moved past the explicit ids: adding a person the ordinary way works.
        check.People.Add(new Mingle.People.Person { EmployeeId = "X1", Email = "x@example.com", Name = "X" });
        await check.SaveChangesAsync();

        Assert.Contains(stages, s => s.Stage == "interactions" && s.Done == expected.Interactions.Length);
    }

    [Fact]
    public async Task Seed_DatabaseWithPeople_RefusesAndWritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            db.People.Add(new Mingle.People.Person { EmployeeId = "E1", Email = "someone@example.com", Name = "Someone" });
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var error = await Assert.ThrowsAsync<ValidationException>(() => Seeder(db).SeedAsync(new DemoOptions(200), null, default));
            Assert.Contains("--force", error.Errors["people"][0]);
        }
        await using var check = database.NewContext();
        Assert.Equal(1, await check.People.CountAsync());
        Assert.Equal(0, await check.Interactions.CountAsync());
    }

    [Fact]
    public async Task Seed_Forced_ReplacesAnEarlierDemoOrganisation()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext()) await Seeder(db).SeedAsync(new DemoOptions(200, 1, 2), null, default);
        await using (var db = database.NewContext()) await Seeder(db).SeedAsync(new DemoOptions(150, 2, 2, Force: true), null, default);
        await using var check = database.NewContext();
        Assert.Equal(150, await check.People.CountAsync());
        Assert.Equal(DemoOrganisation.Generate(150, 2, 2, DateOnly.FromDateTime(Now.UtcDateTime)).Interactions.Length,
            await check.Interactions.CountAsync(i => i.Source == InteractionSource.Import));
    }

    [Fact]
    public async Task SeedIfEmpty_SeedsOnceThenLeavesTheDatabaseAlone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext()) Assert.NotNull(await Seeder(db).SeedIfEmptyAsync(new DemoOptions(120, 1, 1), null, default));
        await using (var db = database.NewContext()) Assert.Null(await Seeder(db).SeedIfEmptyAsync(new DemoOptions(150, 2, 1, Force: true), null, default));
        await using var check = database.NewContext();
        Assert.Equal(120, await check.People.CountAsync());
    }

    [Fact]
    public async Task Seeder_IsRegisteredWithTheCoreServices()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<DemoSeeder>());
    }

    sealed class Recorder(List<DemoProgress> stages) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value) => stages.Add(value);
    }
}
