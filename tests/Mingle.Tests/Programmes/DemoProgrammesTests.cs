using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Mingle.Demo;
using Mingle.Matching;
using Mingle.Programmes;
using Mingle.Tests.Support;

namespace Mingle.Tests.Programmes;

public sealed class DemoProgrammesTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_DemoHasARunningCoffeeProgrammeWithHistoryThatObeysTheRules(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
            await new DemoSeeder(db, new FakeTimeProvider(Now)).SeedAsync(new DemoOptions(300, 11, 8), null, default);

        await using var check = database.NewContext();
        var programme = await check.Programmes.SingleAsync(p => p.Slug == DemoProgrammes.Slug);
        var owner = await check.People.SingleAsync(p => p.Id == programme.OwnerId);
        Assert.Equal(DemoLogins.ProgrammeOwner, owner.Email);
        Assert.Equal(100, await check.ProgrammeMembers.CountAsync(m => m.ProgrammeId == programme.Id));
        var rounds = await check.ProgrammeRounds.Where(r => r.ProgrammeId == programme.Id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([1, 2, 3], rounds.Select(r => r.Number));
        Assert.True(rounds.Zip(rounds.Skip(1)).All(x => x.First.Period < x.Second.Period));
        var groups = await check.ProgrammeMatches.Include(m => m.Participants).ToListAsync();
        Assert.All(rounds, r => Assert.Equal(100, groups.Where(g => g.RoundId == r.Id).Sum(g => g.Participants.Count)));
        var pairs = groups.SelectMany(g => g.Participants.SelectMany(a => g.Participants.Where(b => b.PersonId > a.PersonId)
            .Select(b => PairKey.Of(a.PersonId, b.PersonId)))).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count()); // no repeats across the history
        Assert.True(await check.MatchParticipants.AnyAsync(p => p.FollowUp == FollowUpAnswer.Yes));
        Assert.True(await check.Interactions.AnyAsync(i => i.Source == Mingle.Network.InteractionSource.Platform && i.Type == Mingle.Network.InteractionType.Coffee));
    }
}
