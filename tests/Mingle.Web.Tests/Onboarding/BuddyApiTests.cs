using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Network;
using Mingle.Onboarding;
using Mingle.People;
using Mingle.Privacy;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Onboarding;

public class BuddyApiTests
{
    static readonly DateOnly Today = new(2026, 11, 23);

    sealed record World(MingleApp App, Person Owner, Person Nia, Person Bo, Person Eve, Person Dee, Person Cy, Person Mara);

    /// <summary>Nia joined Engineering/Platform three days ago. Bo (Payments, a neighbouring team) and Cy (Sales) are
    /// tenured at her site; Mara is her manager; Eve is in Data (another neighbour); Dee is the division's senior leader.</summary>
    static async Task<World> WorldAsync(string provider)
    {
        var app = await MingleApp.StartAsync(provider);
        var owner = await app.AddAsync(A.Person("Olga").InUnit("People/Programmes"));
        await app.GrantAsync(owner, "ProgrammeOwner");
        var dee = await app.AddAsync(A.Person("Dee").InUnit("Engineering/Office").At("Lisbon HQ").AtLevel(9));
        var mara = await app.AddAsync(A.Person("Mara").InUnit("Engineering/Platform").At("Lisbon HQ").AtLevel(6).ReportingTo(dee));
        var nia = await app.AddAsync(A.Person("Nia").InUnit("Engineering/Platform").At("Lisbon HQ").AtLevel(2).ReportingTo(mara).WithInterest("Climbing"));
        var bo = await app.AddAsync(A.Person("Bo").InUnit("Engineering/Payments").At("Lisbon HQ").AtLevel(4).WithInterest("Climbing"));
        var eve = await app.AddAsync(A.Person("Eve").InUnit("Engineering/Data").At("Lisbon HQ").AtLevel(4));
        var cy = await app.AddAsync(A.Person("Cy").InUnit("Sales/EMEA").At("Lisbon HQ").AtLevel(4));
        await using (var db = app.NewContext())
        {
            await db.People.Where(p => p.Id == nia.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.HireDate, Today.AddDays(-3)));
            foreach (var p in new[] { dee, mara, bo, eve, cy })
                await db.People.Where(x => x.Id == p.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.HireDate, new DateOnly(2020, 1, 6)));
        }
        var created = await (await app.ClientForAsync(owner)).PostAsJsonAsync("/api/programmes",
            new { slug = "buddies", name = "Onboarding buddies", type = "buddy", enrolAll = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return new World(app, owner, nia, bo, eve, dee, cy, mara);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Assign_OnlyTheOwnerPreviewsAndPublishes_AndTheHireGetsABuddyAndAJourney(string provider)
    {
        var w = await WorldAsync(provider);
        await using var _ = w.App;
        var owner = await w.App.ClientForAsync(w.Owner);
        var nia = await w.App.ClientForAsync(w.Nia);

        await ProblemAssert.IsProblemAsync(await nia.GetAsync("/api/programmes/buddies/buddy/preview"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await nia.PostAsync("/api/programmes/buddies/buddy/assignments", null), HttpStatusCode.Forbidden);

        var preview = await owner.GetFromJsonAsync<BuddyPreview>("/api/programmes/buddies/buddy/preview");
        var pair = Assert.Single(preview!.Pairs);
        Assert.Equal((w.Nia.Id, w.Bo.Id), (pair.NewHire.Id, pair.Buddy.Id)); // neighbour team and a shared interest beat Cy and Eve
        Assert.Contains("Climbing", pair.Reason, StringComparison.Ordinal);
        Assert.False(preview.Published);
        await using (var db = w.App.NewContext()) Assert.Equal(0, await db.BuddyAssignments.CountAsync()); // a dry run

        var published = await owner.PostAsync("/api/programmes/buddies/buddy/assignments", null);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var again = await (await owner.PostAsync("/api/programmes/buddies/buddy/assignments", null)).Content.ReadFromJsonAsync<BuddyPreview>();
        Assert.Empty(again!.Pairs); // everyone has a buddy now

        var mine = await nia.GetFromJsonAsync<MyOnboarding>("/api/onboarding/me");
        var journey = Assert.Single(mine!.Journeys);
        Assert.Equal(w.Bo.Id, journey.Buddy.Id);
        Assert.Collection(journey.Steps,
            s => Assert.Equal((1, "buddy", w.Bo.Id, Today, true), (s.Week, s.Kind, s.Person.Id, s.DueOn, s.IsDue)),
            s => Assert.Equal((2, "neighbour-team", w.Eve.Id, Today.AddDays(7), false), (s.Week, s.Kind, s.Person.Id, s.DueOn, s.IsDue)),
            s => Assert.Equal((4, "senior-leader", w.Dee.Id, Today.AddDays(21)), (s.Week, s.Kind, s.Person.Id, s.DueOn)));
        var boSees = await (await w.App.ClientForAsync(w.Bo)).GetFromJsonAsync<MyOnboarding>("/api/onboarding/me");
        Assert.Equal(w.Nia.Id, Assert.Single(boSees!.Buddying).NewHire.Id);
        Assert.Empty(boSees.Journeys);

        await using var check = w.App.NewContext();
        Assert.True(await check.Notifications.AnyAsync(n => n.PersonId == w.Nia.Id && n.Kind == BuddyProgramme.AssignedKind && n.Payload.Contains("Bo")));
        Assert.True(await check.Notifications.AnyAsync(n => n.PersonId == w.Bo.Id && n.Kind == BuddyProgramme.AssignedKind));
        var overview = await owner.GetFromJsonAsync<JourneyOverview>("/api/programmes/buddies/buddy/journeys");
        Assert.Equal((0, 3), (Assert.Single(overview!.Journeys).StepsDone, overview.Journeys[0].Steps));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Journey_IsTheHiresAndTheOwners_OthersGet404_AndWeMetLogsAPlatformInteractionOnce(string provider)
    {
        var w = await WorldAsync(provider);
        await using var _ = w.App;
        var owner = await w.App.ClientForAsync(w.Owner);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync("/api/programmes/buddies/buddy/assignments", null)).StatusCode);
        var nia = await w.App.ClientForAsync(w.Nia);
        var journey = Assert.Single((await nia.GetFromJsonAsync<MyOnboarding>("/api/onboarding/me"))!.Journeys);
        var week1 = journey.Steps[0].Id;

        foreach (var other in new[] { w.Cy, w.Bo, w.Mara })
        {
            var client = await w.App.ClientForAsync(other);
            await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/programmes/buddies/buddy/journeys/{journey.Id}"), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/programmes/buddies/buddy/steps/{week1}/done", null), HttpStatusCode.NotFound);
        }
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/programmes/buddies/buddy/journeys/{journey.Id}")).StatusCode);
        // The owner may look, but the "we met" is the new hire's alone.
        await ProblemAssert.IsProblemAsync(await owner.PostAsync($"/api/programmes/buddies/buddy/steps/{week1}/done", null), HttpStatusCode.NotFound);

        var done = await (await nia.PostAsync($"/api/programmes/buddies/buddy/steps/{week1}/done", null)).Content.ReadFromJsonAsync<JourneyView>();
        Assert.NotNull(done!.Steps[0].DoneAt);
        Assert.Null(done.Steps[1].DoneAt);
        Assert.Equal(HttpStatusCode.OK, (await nia.PostAsync($"/api/programmes/buddies/buddy/steps/{week1}/done", null)).StatusCode);
        await using var db = w.App.NewContext();
        var logged = Assert.Single(await db.Interactions.Where(i => i.FromPersonId == w.Nia.Id).ToListAsync());
        Assert.Equal((w.Bo.Id, InteractionType.Coffee, InteractionSource.Platform), (logged.ToPersonId, logged.Type, logged.Source));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task JourneyJob_NotifiesEachDueStepOnce_AsTheWeeksPass(string provider)
    {
        var w = await WorldAsync(provider);
        await using var _ = w.App;
        var owner = await w.App.ClientForAsync(w.Owner);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync("/api/programmes/buddies/buddy/assignments", null)).StatusCode);

        async Task<int> RunAsync(DateOnly day)
        {
            await using var scope = w.App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<BuddyJourneyReminders>().RunAsync(day, CancellationToken.None);
        }
        Assert.Equal(1, await RunAsync(Today));          // week 1: meet Bo
        Assert.Equal(0, await RunAsync(Today));          // idempotent
        Assert.Equal(0, await RunAsync(Today.AddDays(6)));
        Assert.Equal(1, await RunAsync(Today.AddDays(7))); // week 2: Eve
        Assert.Equal(1, await RunAsync(Today.AddDays(30))); // week 4: Dee
        await using var db = w.App.NewContext();
        var notes = await db.Notifications.Where(n => n.Kind == BuddyJourneyReminders.Kind).OrderBy(n => n.Id).ToListAsync();
        Assert.All(notes, n => Assert.Equal(w.Nia.Id, n.PersonId));
        Assert.Equal([w.Bo.Id, w.Eve.Id, w.Dee.Id], notes.Select(n => n.AboutPersonId!.Value));
        Assert.Contains("week 2", notes[1].Payload, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Load_ABuddyTakesAtMostTheSettingsLimit_AndBadSettingsAreAProblem(string provider)
    {
        var w = await WorldAsync(provider);
        await using var _ = w.App;
        var owner = await w.App.ClientForAsync(w.Owner);
        var bad = await ProblemAssert.IsProblemAsync(await owner.PutAsJsonAsync("/api/programmes/buddies/buddy/settings", new { maxBuddies = 0, seniorLevel = 11 }),
            HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("maxBuddies", out JsonElement _));
        await ProblemAssert.IsProblemAsync(await (await w.App.ClientForAsync(w.Nia)).PutAsJsonAsync("/api/programmes/buddies/buddy/settings",
            new { maxBuddies = 1, seniorLevel = 8 }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync("/api/programmes/buddies/buddy/settings", new { maxBuddies = 1, seniorLevel = 8 })).StatusCode);
        // Four more new hires in Platform: only Bo, Eve, Cy (and Dee: senior, other team, tenured) can buddy — one each.
        var hires = new List<Person>();
        for (var i = 0; i < 4; i++) hires.Add(await w.App.AddAsync(A.Person($"Hire {i}").InUnit("Engineering/Platform").At("Lisbon HQ").ReportingTo(w.Mara)));
        await using (var db = w.App.NewContext())
            await db.People.Where(p => hires.Select(h => h.Id).Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.HireDate, Today.AddDays(-1)));
        var plan = await owner.GetFromJsonAsync<BuddyPreview>("/api/programmes/buddies/buddy/preview");
        Assert.Equal(5, plan!.NewHires);
        Assert.Equal(3, plan.Pairs.Count); // Dee manages everyone's manager: never a buddy in her own chain
        Assert.Equal(3, plan.Pairs.Select(p => p.Buddy.Id).Distinct().Count());
        Assert.Equal(2, plan.Unassigned.Count);
        await ProblemAssert.IsProblemAsync(await owner.GetAsync("/api/programmes/nope/buddy/preview"), HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Privacy_ExportCoversJourneysAndBuddying_AndErasureRemovesEveryRowNamingThePerson(string provider)
    {
        var w = await WorldAsync(provider);
        await using var _ = w.App;
        var owner = await w.App.ClientForAsync(w.Owner);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync("/api/programmes/buddies/buddy/assignments", null)).StatusCode);
        await using (var scope = w.App.Services.CreateAsyncScope())
        {
            var export = scope.ServiceProvider.GetRequiredService<PersonalDataExport>();
            var nia = await export.ExportAsync(w.Nia.Id, CancellationToken.None);
            var journey = Assert.Single(nia.Onboarding!.AsNewHire);
            Assert.Equal((w.Bo.Id, 3), (journey.BuddyPersonId, journey.Steps.Count));
            var bo = await export.ExportAsync(w.Bo.Id, CancellationToken.None);
            Assert.Equal(w.Nia.Id, Assert.Single(bo.Onboarding!.AsBuddy).NewHirePersonId);
            var dee = await export.ExportAsync(w.Dee.Id, CancellationToken.None);
            Assert.Equal((w.Nia.Id, 4), (Assert.Single(dee.Onboarding!.IntroductionsToNewHires).NewHirePersonId, dee.Onboarding.IntroductionsToNewHires[0].Week));
            await scope.ServiceProvider.GetRequiredService<PersonEraser>().EraseAsync(null, w.Eve.Id, CancellationToken.None);
        }
        await using (var db = w.App.NewContext())
        {
            Assert.False(await db.JourneySteps.AnyAsync(s => s.PersonId == w.Eve.Id));
            Assert.Equal(2, await db.JourneySteps.CountAsync()); // the rest of Nia's journey stays
        }
        await using (var scope = w.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<PersonEraser>().EraseAsync(null, w.Bo.Id, CancellationToken.None);
        await using (var db = w.App.NewContext())
        {
            Assert.Equal(0, await db.BuddyAssignments.CountAsync());
            Assert.Equal(0, await db.JourneySteps.CountAsync());
            Assert.False(await db.Notifications.AnyAsync(n => n.AboutPersonId == w.Bo.Id || n.PersonId == w.Bo.Id));
        }
    }
}
