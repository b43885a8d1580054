using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Mingle.Demo;
using Mingle.Network;
using Mingle.Tests.Support;

namespace Mingle.Tests.Demo;

public sealed class DemoPersonalNetworksTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    static readonly string[] Logins =
    [
        DemoLogins.Ceo, DemoLogins.Analyst, DemoLogins.Admin, DemoLogins.ProgrammeOwner, DemoLogins.CommunityOwner,
        DemoLogins.Newcomer, DemoLogins.Bridge,
    ];

    static readonly Lazy<(DemoOrganisation Org, DemoPersonalNetwork Network)> Large = new(() =>
    {
        var org = DemoOrganisation.Generate(3000, 42, 26, Today);
        return (org, DemoPersonalNetworks.Generate(org));
    });

    [Fact]
    public void Generate_SameOrganisation_GivesTheSameNetworkAndAnotherSeedAnotherOne()
    {
        var first = DemoPersonalNetworks.Generate(DemoOrganisation.Generate(400, 7, 8, Today));
        var again = DemoPersonalNetworks.Generate(DemoOrganisation.Generate(400, 7, 8, Today));
        var other = DemoPersonalNetworks.Generate(DemoOrganisation.Generate(400, 8, 8, Today));

        Assert.Equal(first.Entries, again.Entries);
        Assert.Equal(first.Logged, again.Logged);
        Assert.NotEqual(first.Entries, other.Entries);
    }

    [Fact]
    public void Generate_EveryConnectionIsMutual_NoOneIsTheirOwnEntry_NoPairTwice()
    {
        var (org, network) = Large.Value;
        var connections = network.Entries.Where(e => e.Kind == NetworkEntryKind.Connection).Select(e => (e.Owner, e.Person)).ToHashSet();

        Assert.All(network.Entries, e => Assert.NotEqual(e.Owner, e.Person));
        Assert.All(connections, c => Assert.Contains((c.Person, c.Owner), connections));
        Assert.Equal(network.Entries.Length, network.Entries.Select(e => (e.Owner, e.Person)).Distinct().Count());
        Assert.All(network.Entries, e => Assert.InRange(e.Person, 0, org.PeopleCount - 1));
    }

    [Fact]
    public void Generate_EachPersonHas10To40ConnectionsAndAtMost3Contacts_MostlyWithTheirCollaborators()
    {
        var (org, network) = Large.Value;
        var byOwner = network.Entries.GroupBy(e => e.Owner).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(org.PeopleCount, byOwner.Count);
        Assert.All(byOwner.Values, list =>
        {
            Assert.InRange(list.Count(e => e.Kind == NetworkEntryKind.Connection), DemoPersonalNetworks.MinConnections, DemoPersonalNetworks.MaxConnections);
            Assert.InRange(list.Count(e => e.Kind == NetworkEntryKind.Contact), 0, DemoPersonalNetworks.MaxContacts);
        });
        var average = byOwner.Values.Average(l => l.Count(e => e.Kind == NetworkEntryKind.Connection));
        Assert.InRange(average, 14, 32);

        // Derived from the imported history: most connections are people one actually collaborated with.
        var collaborated = org.Interactions.Select(i => (Math.Min(i.From, i.To), Math.Max(i.From, i.To))).ToHashSet();
        var connections = network.Entries.Where(e => e.Kind == NetworkEntryKind.Connection).ToList();
        var share = connections.Count(e => collaborated.Contains((Math.Min(e.Owner, e.Person), Math.Max(e.Owner, e.Person)))) / (double)connections.Count;
        Assert.InRange(share, 0.6, 1.0);
        // Everyone with a manager is connected to them; some reach two levels up or across departments.
        Assert.All(Enumerable.Range(1, org.PeopleCount - 1), p => Assert.Contains(connections, e => e.Owner == p && e.Person == org.ManagerOf[p]));
        Assert.Contains(connections, e => org.ManagerOf[e.Owner] >= 0 && e.Person == org.ManagerOf[org.ManagerOf[e.Owner]]);
        Assert.Contains(connections, e => e.How == 4 && org.Levels[e.Person] > org.Levels[e.Owner]);
        // The Rolodex carries some texture: how/where met, tags, notes, cadences.
        Assert.InRange(network.Entries.Count(e => e.CadenceDays > 0) / (double)network.Entries.Length, 0.08, 0.3);
        Assert.InRange(network.Entries.Count(e => e.Notes > 0) / (double)network.Entries.Length, 0.02, 0.12);
        Assert.InRange(network.Entries.Count(e => e.Tags > 0) / (double)network.Entries.Length, 0.5, 0.9);
        Assert.All(network.Entries, e => Assert.InRange(e.AddedDay, e.MetDay, Today.DayNumber - 1));
    }

    [Fact]
    public void Generate_LoggedInteractions_AreTheLoggersOwnWithTheirConnectionsInTheLastThreeMonths()
    {
        var (_, network) = Large.Value;
        var connections = network.Entries.Where(e => e.Kind == NetworkEntryKind.Connection).Select(e => (e.Owner, e.Person)).ToHashSet();

        Assert.NotEmpty(network.Logged);
        Assert.All(network.Logged, i =>
        {
            Assert.True(i.From == i.LoggedBy || i.To == i.LoggedBy);
            Assert.Contains((i.LoggedBy, i.From == i.LoggedBy ? i.To : i.From), connections);
            Assert.InRange(i.Day, Today.DayNumber - 85, Today.DayNumber - 1);
        });
        Assert.Contains(network.Logged, i => i.Type == InteractionType.Coffee);
        Assert.Contains(network.Logged, i => i.Type == InteractionType.Advice);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_WritesEveryonesRolodex_AndEachDemoLoginHasADueReminderAndLopsidedBalances(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Now);
        var org = DemoOrganisation.Generate(300, 11, 8, Today);
        var expected = DemoPersonalNetworks.Generate(org);
        DemoSeedResult result;
        await using (var db = database.NewContext())
            result = await new DemoSeeder(db, clock).SeedAsync(new DemoOptions(300, 11, 8), null, default);

        await using var check = database.NewContext();
        Assert.Equal(expected.Entries.Length, result.NetworkEntries);
        Assert.Equal(expected.Logged.Length, result.LoggedInteractions);
        // Accepted demo introductions add a few connections on top, never a second entry for the same pair.
        var entries = await check.NetworkEntries.AsNoTracking().ToListAsync();
        Assert.InRange(entries.Count, expected.Entries.Length, expected.Entries.Length + 100);
        Assert.Equal(entries.Count, entries.Select(e => (e.OwnerId, e.PersonId)).Distinct().Count());
        var connected = entries.Where(e => e.Kind == NetworkEntryKind.Connection).Select(e => (e.OwnerId, e.PersonId)).ToHashSet();
        Assert.All(connected, c => Assert.Contains((c.PersonId, c.OwnerId), connected));
        Assert.DoesNotContain(entries, e => e.OwnerId == e.PersonId);
        Assert.Contains(entries, e => e.Notes != null && e.Tags != null && e.HowWeMet != null && e.WhereWeMet != null && e.MetOn != null);

        // Logged interactions are private to the logger: the other side (or anyone else) never sees them.
        var logged = await check.Interactions.AsNoTracking().Where(i => i.Source == InteractionSource.Logged).ToListAsync();
        Assert.Equal(expected.Logged.Length, logged.Count);
        Assert.All(logged, i => Assert.True(i.LoggedById == i.FromPersonId || i.LoggedById == i.ToPersonId));
        var sample = logged[0];
        var otherSide = sample.LoggedById == sample.FromPersonId ? sample.ToPersonId : sample.FromPersonId;
        Assert.DoesNotContain(await check.Interactions.VisibleTo(otherSide).Select(i => i.Id).ToListAsync(), id => id == sample.Id);
        Assert.Contains(await check.Interactions.VisibleTo(sample.LoggedById!.Value).Select(i => i.Id).ToListAsync(), id => id == sample.Id);

        foreach (var email in Logins)
        {
            var me = await check.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync();
            var due = await new MyNetwork(check, clock).DueAsync(me, default);
            Assert.True(due.Count > 0, $"{email} has nothing due");
            var balance = await new GiveTakeBalance(check, clock).ForAsync(me, "90d", default);
            Assert.Contains(balance.Relationships, r => r.Lopsided == "taking");
            Assert.Contains(balance.Relationships, r => r.Lopsided == "giving");
            Assert.Contains(balance.Relationships, r => r.Lopsided is null && r.Given > 0 && r.Received > 0);
        }
    }
}
