using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Mingle.Demo;
using Mingle.Kudos;
using Mingle.Network;
using Mingle.Tests.Support;

namespace Mingle.Tests.Kudos;

public sealed class DemoKudosTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DemoSeed_WritesAFewHundredKudos_EachWithItsKudosInteraction_TheSameForTheSameSeed()
    {
        var runs = new List<List<(int From, int To, string Message)>>();
        for (var run = 0; run < 2; run++)
        {
            await using var database = await TestDatabase.CreateAsync("Sqlite");
            await using (var db = database.NewContext())
                await new DemoSeeder(db, new FakeTimeProvider(Now)).SeedAsync(new DemoOptions(400, 11, 8), null, default);
            await using var check = database.NewContext();
            var kudos = await check.Kudos.OrderBy(k => k.Id).ToListAsync();
            Assert.Equal(DemoKudos.Target, kudos.Count);
            Assert.All(kudos, k =>
            {
                Assert.NotEqual(k.FromPersonId, k.ToPersonId);
                Assert.InRange(k.Message.Length, 1, Mingle.Kudos.Kudos.MaxMessageLength);
                Assert.True(k.CreatedAt < Now.UtcDateTime);
            });
            // Every kudos is a Kudos platform interaction between the same two people (the coffee programme's ones included).
            var interactions = (await check.Interactions.Where(i => i.Type == InteractionType.Kudos && i.Source == InteractionSource.Platform)
                .Select(i => new { i.FromPersonId, i.ToPersonId }).ToListAsync()).Select(i => (i.FromPersonId, i.ToPersonId)).ToHashSet();
            Assert.All(kudos, k => Assert.Contains((k.FromPersonId, k.ToPersonId), interactions));
            // The demo logins have some to see on their profiles.
            var newcomer = await check.People.Where(p => p.Email == DemoLogins.Newcomer).Select(p => p.Id).SingleAsync();
            Assert.True(await check.Kudos.CountAsync(k => k.ToPersonId == newcomer) >= 1);
            runs.Add([.. kudos.Select(k => (k.FromPersonId, k.ToPersonId, k.Message))]);
        }
        Assert.Equal(runs[0], runs[1]);
    }
}
