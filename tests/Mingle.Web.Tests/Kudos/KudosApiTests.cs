using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Kudos;
using Mingle.Network;
using Mingle.People;
using Mingle.Programmes;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Kudos;

public class KudosApiTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Give_SavesTheKudos_AKudosInteractionAndANotification_AndColleaguesSeeIt(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana").WithSkill("Kubernetes"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var cy = await app.AddAsync(A.Person("Cy"));
        int skill;
        await using (var db = app.NewContext()) skill = await db.Skills.Select(s => s.Id).SingleAsync();
        var boClient = await app.ClientForAsync(bo);

        var given = await boClient.PostAsJsonAsync("/api/kudos", new { to = ana.Id, message = "  Thanks for fixing the cluster!  ", skillId = skill });

        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        var view = await given.Content.ReadFromJsonAsync<KudosView>();
        Assert.Equal("Thanks for fixing the cluster!", view!.Message);
        Assert.Equal("Kubernetes", view.Skill);
        Assert.Equal(bo.Id, view.From.Id);
        await using (var db = app.NewContext())
        {
            var interaction = await db.Interactions.SingleAsync();
            Assert.Equal((InteractionType.Kudos, InteractionDirection.FromTo, InteractionSource.Platform, bo.Id, ana.Id),
                (interaction.Type, interaction.Direction, interaction.Source, interaction.FromPersonId, interaction.ToPersonId));
            var note = await db.Notifications.SingleAsync();
            Assert.Equal((ana.Id, KudosLedger.NotificationKind), (note.PersonId, note.Kind));
            Assert.Contains("Bo", note.Payload, StringComparison.Ordinal);
            Assert.Contains("Thanks for fixing the cluster!", note.Payload, StringComparison.Ordinal);
        }

        var seenByCy = await (await app.ClientForAsync(cy)).GetFromJsonAsync<PersonKudos>($"/api/people/{ana.Id}/kudos");
        Assert.Equal(1, seenByCy!.Count);
        Assert.Equal("Thanks for fixing the cluster!", Assert.Single(seenByCy.Recent).Message);
        var anaMine = await (await app.ClientForAsync(ana)).GetFromJsonAsync<MyKudos>("/api/me/kudos");
        Assert.Single(anaMine!.Received);
        Assert.Empty(anaMine.Given);
        var boMine = await boClient.GetFromJsonAsync<MyKudos>("/api/me/kudos");
        Assert.Single(boMine!.Given);
        Assert.Empty(boMine.Received);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync($"/api/people/{ana.Id}/kudos")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Give_BreakingARule_IsAProblemNamingTheField_AndWritesNothing(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var leaver = await app.AddAsync(A.Person("Lee").WhoLeft());
        var client = await app.ClientForAsync(ana);

        async Task Refused(object body, HttpStatusCode status, string? field)
        {
            var problem = await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/kudos", body), status);
            if (field is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), field);
        }
        await Refused(new { to = ana.Id, message = "Me, myself" }, HttpStatusCode.BadRequest, "to");
        await Refused(new { to = leaver.Id, message = "Thanks" }, HttpStatusCode.BadRequest, "to");
        await Refused(new { to = 987654, message = "Thanks" }, HttpStatusCode.NotFound, null);
        await Refused(new { to = bo.Id, message = "   " }, HttpStatusCode.BadRequest, "message");
        await Refused(new { to = bo.Id }, HttpStatusCode.BadRequest, "message");
        await Refused(new { to = bo.Id, message = new string('x', Mingle.Kudos.Kudos.MaxMessageLength + 1) }, HttpStatusCode.BadRequest, "message");
        await Refused(new { to = bo.Id, message = "Thanks", skillId = 4242 }, HttpStatusCode.BadRequest, "skillId");

        await using var db = app.NewContext();
        Assert.Equal(0, await db.Kudos.CountAsync());
        Assert.Equal(0, await db.Interactions.CountAsync());
        Assert.Equal(0, await db.Notifications.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Give_MoreThanTheDailyLimit_Is429_AndTheNextDayItWorksAgain(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var client = await app.ClientForAsync(ana);
        for (var i = 0; i < KudosLedger.DailyLimit; i++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/kudos", new { to = bo.Id, message = $"Thanks #{i}" })).StatusCode);

        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/kudos", new { to = bo.Id, message = "One more" }),
            HttpStatusCode.TooManyRequests);
        Assert.Contains($"{KudosLedger.DailyLimit} kudos a day", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using (var db = app.NewContext()) Assert.Equal(KudosLedger.DailyLimit, await db.Kudos.CountAsync());

        app.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/kudos", new { to = bo.Id, message = "A new day" })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Give_ManyAtOnce_NeverExceedsTheDailyLimit(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var client = await app.ClientForAsync(ana);
        const int given = KudosLedger.DailyLimit - 3;
        for (var i = 0; i < given; i++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/kudos", new { to = bo.Id, message = $"Thanks #{i}" })).StatusCode);

        // Twelve at once with three left: the check and the write are one step per sender, so exactly three get in.
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.PostAsJsonAsync("/api/kudos", new { to = bo.Id, message = $"Burst #{i}" })));

        var codes = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(3, codes.Count(c => c == HttpStatusCode.Created));
        Assert.Equal(9, codes.Count(c => c == HttpStatusCode.TooManyRequests));
        await using var db = app.NewContext();
        Assert.Equal(KudosLedger.DailyLimit, await db.Kudos.CountAsync());
        Assert.Equal(KudosLedger.DailyLimit, await db.Interactions.CountAsync(x => x.Type == InteractionType.Kudos));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Hide_OnlyTheReceiverHides_AndHiddenKudosLeaveTheProfile(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var boClient = await app.ClientForAsync(bo);
        var first = (await (await boClient.PostAsJsonAsync("/api/kudos", new { to = ana.Id, message = "Keep" })).Content.ReadFromJsonAsync<KudosView>())!;
        var second = (await (await boClient.PostAsJsonAsync("/api/kudos", new { to = ana.Id, message = "Hide me" })).Content.ReadFromJsonAsync<KudosView>())!;

        Assert.Equal(HttpStatusCode.NotFound, (await boClient.PutAsJsonAsync($"/api/me/kudos/{second.Id}/hidden", new { hidden = true })).StatusCode);
        var anaClient = await app.ClientForAsync(ana);
        Assert.Equal(HttpStatusCode.OK, (await anaClient.PutAsJsonAsync($"/api/me/kudos/{second.Id}/hidden", new { hidden = true })).StatusCode);

        var profile = await boClient.GetFromJsonAsync<PersonKudos>($"/api/people/{ana.Id}/kudos");
        Assert.Equal(1, profile!.Count);
        Assert.Equal(first.Id, Assert.Single(profile.Recent).Id);
        var mine = await anaClient.GetFromJsonAsync<MyKudos>("/api/me/kudos");
        Assert.Equal(2, mine!.Received.Count);
        Assert.True(mine.Received.Single(k => k.Id == second.Id).Hidden);
    }

    static async Task<(MingleApp App, Person[] People, MyMatch Match)> MatchedAsync(string provider)
    {
        var app = await MingleApp.StartAsync(provider);
        var owner = await app.AddAsync(A.Person("Olga").InUnit("People/Programmes"));
        await app.GrantAsync(owner, "ProgrammeOwner");
        var people = new[]
        {
            await app.AddAsync(A.Person("Ana").InUnit("Engineering/Platform")),
            await app.AddAsync(A.Person("Bo").InUnit("Sales/EMEA")),
            await app.AddAsync(A.Person("Cy").InUnit("Finance/Planning")),
            await app.AddAsync(A.Person("Di").InUnit("Legal/Commercial")),
        };
        var ownerClient = await app.ClientForAsync(owner);
        await ownerClient.PostAsJsonAsync("/api/programmes", new { slug = "coffee", name = "Coffee roulette", cadence = "weekly" });
        foreach (var p in people) await (await app.ClientForAsync(p)).PostAsync("/api/programmes/coffee/join", null);
        Assert.Equal(HttpStatusCode.Created, (await ownerClient.PostAsync("/api/programmes/coffee/rounds", null)).StatusCode);
        var match = Assert.Single((await (await app.ClientForAsync(people[0])).GetFromJsonAsync<MyMatchList>("/api/programmes/matches"))!.Items);
        return (app, people, match);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FollowUp_WithKudos_GivesKudosLinkedToTheMatch_OnlyToItsOtherPerson(string provider)
    {
        var (app, people, match) = await MatchedAsync(provider);
        await using var running = app;
        var ana = await app.ClientForAsync(people[0]);
        var partner = match.With[0].Id;
        var outsider = people.First(p => p.Id != people[0].Id && p.Id != partner);

        // Too long: refused, and neither the answer nor any kudos is saved.
        var tooLong = await ana.PostAsJsonAsync($"/api/programmes/matches/{match.Id}/follow-up",
            new { answer = "yes", kudos = new string('x', Mingle.Kudos.Kudos.MaxMessageLength + 1) });
        await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.BadRequest);
        await using (var db = app.NewContext())
        {
            Assert.Equal(0, await db.Kudos.CountAsync());
            Assert.False(await db.MatchParticipants.AnyAsync(p => p.FollowUp != null));
        }

        // Someone outside the match can neither answer nor send kudos through it.
        var outsiderClient = await app.ClientForAsync(outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderClient.PostAsJsonAsync($"/api/programmes/matches/{match.Id}/follow-up",
            new { answer = "yes", kudos = "Sneaky" })).StatusCode);
        var viaApi = await outsiderClient.PostAsJsonAsync("/api/kudos", new { to = partner, message = "Sneaky", matchId = match.Id });
        var problem = await ProblemAssert.IsProblemAsync(viaApi, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("matchId", out _));

        var answered = await ana.PostAsJsonAsync($"/api/programmes/matches/{match.Id}/follow-up", new { answer = "yes", kudos = "Great chat, thank you!" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        await using (var db = app.NewContext())
        {
            var kudos = await db.Kudos.SingleAsync();
            Assert.Equal((people[0].Id, partner, match.Id, "Great chat, thank you!"), (kudos.FromPersonId, kudos.ToPersonId, kudos.MatchId, kudos.Message));
            Assert.Equal(1, await db.Interactions.CountAsync(i => i.Type == InteractionType.Kudos && i.FromPersonId == people[0].Id && i.ToPersonId == partner));
            Assert.Equal(1, await db.Interactions.CountAsync(i => i.Type == InteractionType.Coffee));
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.Kind == KudosLedger.NotificationKind && n.PersonId == partner));
        }
        var partnerKudos = await outsiderClient.GetFromJsonAsync<PersonKudos>($"/api/people/{partner}/kudos");
        Assert.Equal(match.Id, Assert.Single(partnerKudos!.Recent).MatchId);

        // Through the kudos API too, between the match's own people.
        var direct = await ana.PostAsJsonAsync("/api/kudos", new { to = partner, message = "And thanks again", matchId = match.Id });
        Assert.Equal(HttpStatusCode.Created, direct.StatusCode);
    }
}
