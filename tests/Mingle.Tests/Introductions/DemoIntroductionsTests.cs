using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Mingle.Demo;
using Mingle.Introductions;
using Mingle.Network;
using Mingle.Tests.Support;

namespace Mingle.Tests.Introductions;

public sealed class DemoIntroductionsTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DemoOrganisation_HasPendingAndAcceptedIntroductions_AmongTheKnownLogins(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Now);
        await using (var db = database.NewContext())
            await new DemoSeeder(db, clock).SeedAsync(new DemoOptions(300, 5, 4), null, default);

        await using var check = database.NewContext();
        int Id(string email) => check.People.Single(p => p.Email == email).Id;
        var (mei, tomas, priya) = (Id(DemoLogins.Bridge), Id(DemoLogins.Newcomer), Id(DemoLogins.ProgrammeOwner));
        var introducer = new Introducer(check, new MyNetwork(check, clock), clock);

        var tomasInbox = await introducer.AwaitingMyAnswerAsync(tomas, default);
        Assert.Contains(tomasInbox, i => i.Connector.Id == mei);
        Assert.Contains(await introducer.ListAsync(tomas, default), i => i.Status == "accepted" && i.People.Single().Id == priya);
        Assert.True((await introducer.CreditAsync(mei, default)).Accepted >= 1);
        Assert.Equal(2, await check.NetworkEntries.CountAsync(e => e.Kind == NetworkEntryKind.Connection
            && ((e.OwnerId == tomas && e.PersonId == priya) || (e.OwnerId == priya && e.PersonId == tomas))));
        Assert.True(await check.Notifications.AnyAsync(n => n.PersonId == tomas && n.Kind == Introducer.RequestKind));
        Assert.True(await check.Introductions.CountAsync() > 5);
        Assert.True(await check.Introductions.AnyAsync(i => i.AcceptedAt == null && i.ExpiresAt <= Now.UtcDateTime), "some lapsed");
    }
}
