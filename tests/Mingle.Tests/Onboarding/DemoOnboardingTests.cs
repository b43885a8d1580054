using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Mingle.Demo;
using Mingle.Network;
using Mingle.Onboarding;
using Mingle.Sponsorship;
using Mingle.Tests.Support;

namespace Mingle.Tests.Onboarding;

public sealed class DemoOnboardingTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_DemoHasARunningBuddyProgrammeAndSponsorship_ThatObeyTheRules(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
            await new DemoSeeder(db, new FakeTimeProvider(Now)).SeedAsync(new DemoOptions(300, 11, 8), null, default);

        await using var check = database.NewContext();
        var programme = await check.Programmes.SingleAsync(p => p.Slug == DemoBuddies.Slug);
        var people = await check.People.AsNoTracking().Include(p => p.OrgUnit).ToDictionaryAsync(p => p.Id);
        var newHires = people.Values.Count(p => p.HireDate > Today.AddDays(-30));
        var assignments = await check.BuddyAssignments.Include(a => a.Steps).Where(a => a.ProgrammeId == programme.Id).ToListAsync();
        Assert.True(newHires >= 2, $"the demo has {newHires} new hires");
        Assert.Equal(newHires, assignments.Count);
        int[] Chain(int id)
        {
            var chain = new List<int>();
            for (var m = people[id].ManagerId; m is { } x; m = people[x].ManagerId) chain.Add(x);
            return [.. chain];
        }
        foreach (var a in assignments)
        {
            var hire = people[a.NewHireId];
            var buddy = people[a.BuddyId];
            Assert.NotEqual(hire.OrgUnitId, buddy.OrgUnitId);
            Assert.True(hire.LocationId == buddy.LocationId || hire.TimeZone == buddy.TimeZone);
            Assert.True(buddy.HireDate <= Today.AddDays(-365));
            Assert.DoesNotContain(a.BuddyId, Chain(a.NewHireId));
            Assert.DoesNotContain(a.NewHireId, Chain(a.BuddyId));
            Assert.Equal(JourneyStepKind.Buddy, a.Steps.Single(s => s.Week == 1).Kind);
            Assert.Equal(hire.HireDate, a.Steps.Single(s => s.Week == 1).DueOn);
            Assert.False(string.IsNullOrWhiteSpace(a.Reason));
        }
        Assert.All(assignments.GroupBy(a => a.BuddyId), g => Assert.True(g.Count() <= 2));
        var newcomer = people.Values.Single(p => p.Email == DemoLogins.Newcomer);
        var journey = assignments.Single(a => a.NewHireId == newcomer.Id);
        Assert.All(journey.Steps, s => Assert.Null(s.DoneAt)); // left for the demo to mark
        Assert.Contains(assignments.SelectMany(a => a.Steps), s => s.DoneAt is not null); // history: some met already
        var platform = (await check.Interactions.Where(i => i.Source == InteractionSource.Platform)
            .Select(i => new { i.FromPersonId, i.ToPersonId, i.Type }).ToListAsync()).ToHashSet();
        foreach (var step in assignments.SelectMany(a => a.Steps).Where(s => s.DoneAt is not null))
            Assert.Contains(new
            {
                FromPersonId = step.NewHireId,
                ToPersonId = step.PersonId,
                Type = step.Kind == JourneyStepKind.Buddy ? InteractionType.Coffee : InteractionType.Introduction
            }, platform);
        Assert.True(await check.Interactions.MaxAsync(i => i.OccurredAt) < Now.UtcDateTime);

        var pairs = await check.SponsorshipPairs.Include(p => p.Nominations).ToListAsync();
        Assert.InRange(pairs.Count, 5, DemoSponsorship.MaxPairs);
        Assert.All(pairs, p => Assert.True(people[p.SponsorId].Level >= SponsorshipSettings.DefaultMinSponsorLevel));
        Assert.All(pairs, p => Assert.DoesNotContain(p.SponsorId, Chain(p.ProtegeId)));
        Assert.Equal(pairs.Count, pairs.Select(p => p.ProtegeId).Distinct().Count());
        Assert.Contains(pairs.SelectMany(p => p.Nominations), n => n.Outcome == NominationOutcome.Successful);
        Assert.Contains(pairs.SelectMany(p => p.Nominations), n => n.Outcome == NominationOutcome.Pending);
    }
}
