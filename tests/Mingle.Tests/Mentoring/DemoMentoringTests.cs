using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Mingle.Demo;
using Mingle.Mentoring;
using Mingle.Network;
using Mingle.Programmes;
using Mingle.Tests.Support;

namespace Mingle.Tests.Mentoring;

public sealed class DemoMentoringTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_DemoHasARunningMentoringProgramme_WithHistoryTheDemoLoginsCanSee(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
            await new DemoSeeder(db, new FakeTimeProvider(Now)).SeedAsync(new DemoOptions(300, 11, 8), null, default);

        await using var check = database.NewContext();
        var programme = await check.Programmes.SingleAsync(p => p.Slug == DemoMentoring.Slug);
        Assert.Equal(ProgrammeType.Mentoring, programme.Type);
        Assert.Equal(DemoLogins.ProgrammeOwner, await check.People.Where(p => p.Id == programme.OwnerId).Select(p => p.Email).SingleAsync());
        var relationships = await check.MentoringRelationships.Where(r => r.ProgrammeId == programme.Id).ToListAsync();
        Assert.True(relationships.Count >= 5, $"{relationships.Count} relationships");
        Assert.Single(relationships, r => r.Status == MentoringRelationshipStatus.Ended);
        Assert.True(await check.MentoringFeedback.AnyAsync());
        Assert.True(await check.MentoringSessions.CountAsync() >= 5);
        Assert.Equal(await check.MentoringSessions.CountAsync(), await check.Interactions.CountAsync(i => i.Type == InteractionType.Mentoring && i.Source == InteractionSource.Platform));
        // Every published pair keeps the rules the planner enforces.
        var people = await check.People.ToDictionaryAsync(p => p.Id);
        foreach (var r in relationships)
        {
            Assert.InRange(people[r.MentorId].Level!.Value - people[r.MenteeId].Level!.Value, 1, 3);
            Assert.NotEqual(r.MentorId, people[r.MenteeId].ManagerId);
        }
        var mentorLoad = relationships.GroupBy(r => r.MentorId).ToDictionary(g => g.Key, g => g.Count());
        var capacities = await check.MentoringApplications.Where(a => a.Role == MentoringRole.Mentor).ToDictionaryAsync(a => a.PersonId, a => a.Capacity);
        Assert.All(mentorLoad, x => Assert.True(x.Value <= capacities[x.Key]));
        // A second wave waits for review, and the newcomer login is a mentee with sessions.
        Assert.True(await check.MentoringApplications.AnyAsync(a => a.Role == MentoringRole.Mentee && a.Status == MentoringApplicationStatus.Submitted));
        var newcomer = await check.People.SingleAsync(p => p.Email == DemoLogins.Newcomer);
        var mine = await check.MentoringRelationships.Include(r => r.Sessions).SingleAsync(r => r.MenteeId == newcomer.Id);
        Assert.Equal(MentoringRelationshipStatus.Active, mine.Status);
        Assert.Equal(3, mine.Sessions.Count);
    }
}
