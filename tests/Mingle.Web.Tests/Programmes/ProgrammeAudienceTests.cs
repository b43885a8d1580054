using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Onboarding;
using Mingle.People;
using Mingle.Programmes;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Programmes;

public class ProgrammeAudienceTests
{
    static async Task<int> UnitIdAsync(MingleApp app, string path)
    {
        await using var db = app.NewContext();
        return await db.OrgUnits.Where(u => u.Path == path).Select(u => u.Id).SingleAsync();
    }

    static async Task<int> LocationIdAsync(MingleApp app, string name)
    {
        await using var db = app.NewContext();
        return await db.Locations.Where(l => l.Name == name).Select(l => l.Id).SingleAsync();
    }

    static async Task<(MingleApp App, Person Owner, HttpClient OwnerClient)> StartAsync(string provider)
    {
        var app = await MingleApp.StartAsync(provider);
        var owner = await app.AddAsync(A.Person("Olga").InUnit("People/Programmes").At("Lisbon HQ").AtLevel(6));
        await app.GrantAsync(owner, "ProgrammeOwner");
        return (app, owner, await app.ClientForAsync(owner));
    }

    static async Task<HttpStatusCode> JoinAsync(MingleApp app, Person person, string slug = "coffee") =>
        (await (await app.ClientForAsync(person)).PostAsync($"/api/programmes/{slug}/join", null)).StatusCode;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Join_InsideTheAudience_IsAllowed_IncludingDescendantUnits_OutsideIsForbiddenAndNotOfferedJoin(string provider)
    {
        var (app, _, ownerClient) = await StartAsync(provider);
        await using var running = app;
        var eve = await app.AddAsync(A.Person("Eve").InUnit("Engineering").At("Lisbon HQ").AtLevel(5));
        var ana = await app.AddAsync(A.Person("Ana").InUnit("Engineering/Platform/Storage").At("Lisbon HQ").AtLevel(4));
        var bo = await app.AddAsync(A.Person("Bo").InUnit("Sales/EMEA").At("Lisbon HQ").AtLevel(4));
        var cy = await app.AddAsync(A.Person("Cy").InUnit("Engineering/Platform").At("Porto").AtLevel(4));
        var di = await app.AddAsync(A.Person("Di").InUnit("Engineering/Platform").At("Lisbon HQ").AtLevel(2));
        var noLevel = await app.AddAsync(A.Person("Nil").InUnit("Engineering/Platform").At("Lisbon HQ"));
        var engineering = await UnitIdAsync(app, "Engineering");
        var lisbon = await LocationIdAsync(app, "Lisbon HQ");

        var created = await ownerClient.PostAsJsonAsync("/api/programmes", new
        {
            slug = "coffee",
            name = "Engineering coffee",
            audience = new { unitIds = new[] { engineering }, locationIds = new[] { lisbon }, minLevel = 3 },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = await created.Content.ReadFromJsonAsync<ProgrammeView>();
        Assert.False(view!.Audience!.Everyone);
        Assert.Equal("Engineering", Assert.Single(view.Audience.Units).Name);
        Assert.Equal("Lisbon HQ", Assert.Single(view.Audience.Locations).Name);
        Assert.Equal(3, view.Audience.MinLevel);
        Assert.Null(view.Audience.MaxLevel);
        // Eve and Ana: fewer than the minimum group size, so even the owner gets no count (privacy rule 1).
        Assert.Null(view.Audience.Size);
        Assert.True(view.Audience.SizeBelowMinimum);

        Assert.Equal(HttpStatusCode.OK, await JoinAsync(app, eve));
        Assert.Equal(HttpStatusCode.OK, await JoinAsync(app, ana)); // a team two levels below the chosen unit
        foreach (var outsider in new[] { bo, cy, di, noLevel })
        {
            var refused = await (await app.ClientForAsync(outsider)).PostAsync("/api/programmes/coffee/join", null);
            var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
            Assert.Contains("audience", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        await using (var db = app.NewContext())
            Assert.Equal(new[] { eve.Id, ana.Id }.Order(), (await db.ProgrammeMembers.Select(m => m.PersonId).ToListAsync()).Order());

        var boList = await (await app.ClientForAsync(bo)).GetFromJsonAsync<ProgrammeList>("/api/programmes");
        var forBo = Assert.Single(boList!.Items);
        Assert.False(forBo.InAudience);
        Assert.Null(forBo.Audience!.Size); // only the owner sees the size
        var anaView = await (await app.ClientForAsync(ana)).GetFromJsonAsync<ProgrammeView>("/api/programmes/coffee");
        Assert.True(anaView!.InAudience);
        Assert.Equal("active", anaView.MyStatus);

        // Three more in the audience make five: now the owner sees the count (and still nobody else does).
        foreach (var name in new[] { "Fay", "Gil", "Hal" })
            await app.AddAsync(A.Person(name).InUnit("Engineering/Platform").At("Lisbon HQ").AtLevel(3));
        var five = await ownerClient.GetFromJsonAsync<ProgrammeView>("/api/programmes/coffee");
        Assert.Equal(5, five!.Audience!.Size);
        Assert.False(five.Audience.SizeBelowMinimum);
        var forBoNow = await (await app.ClientForAsync(bo)).GetFromJsonAsync<ProgrammeView>("/api/programmes/coffee");
        Assert.Null(forBoNow!.Audience!.Size);
        Assert.False(forBoNow.Audience.SizeBelowMinimum);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EnrolAll_EnrolsOnlyTheAudience_AndSomeoneWhoMovesOutDropsOutOfTheNextRound(string provider)
    {
        var (app, owner, ownerClient) = await StartAsync(provider);
        await using var running = app;
        var inside = new[]
        {
            await app.AddAsync(A.Person("Ana").InUnit("Engineering/Platform")),
            await app.AddAsync(A.Person("Bea").InUnit("Engineering/Data")),
            await app.AddAsync(A.Person("Cal").InUnit("Engineering/Web")),
            await app.AddAsync(A.Person("Dan").InUnit("Engineering/Mobile")),
            await app.AddAsync(A.Person("Eli").InUnit("Engineering/Security")),
        };
        var outside = new[]
        {
            await app.AddAsync(A.Person("Sam").InUnit("Sales/EMEA")),
            await app.AddAsync(A.Person("Sue").InUnit("Sales/APAC")),
        };
        var engineering = await UnitIdAsync(app, "Engineering");
        Assert.Equal(HttpStatusCode.Created, (await ownerClient.PostAsJsonAsync("/api/programmes", new
        {
            slug = "coffee",
            name = "Engineering coffee",
            enrolAll = true,
            audience = new { unitIds = new[] { engineering } },
        })).StatusCode);

        var samView = await (await app.ClientForAsync(outside[0])).GetFromJsonAsync<ProgrammeView>("/api/programmes/coffee");
        Assert.Equal("not-joined", samView!.MyStatus);
        var anaView = await (await app.ClientForAsync(inside[0])).GetFromJsonAsync<ProgrammeView>("/api/programmes/coffee");
        Assert.Equal("enrolled", anaView!.MyStatus);

        var preview = await ownerClient.GetFromJsonAsync<RoundPreview>("/api/programmes/coffee/rounds/preview");
        Assert.Equal(inside.Length, preview!.Participants);
        var planned = preview.Matches.SelectMany(m => m.People).Select(p => p.Id).ToHashSet();
        Assert.True(planned.SetEquals(inside.Select(p => p.Id)));

        // Eli moves to Sales: the next round no longer includes them.
        await using (var db = app.NewContext())
        {
            var sales = await db.OrgUnits.Where(u => u.Path == "Sales/EMEA").Select(u => u.Id).SingleAsync();
            await db.People.Where(p => p.Id == inside[4].Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.OrgUnitId, sales));
        }
        var published = await ownerClient.PostAsync("/api/programmes/coffee/rounds", null);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var round = await published.Content.ReadFromJsonAsync<RoundPreview>();
        Assert.Equal(4, round!.Participants);
        await using (var db = app.NewContext())
        {
            var matched = await db.MatchParticipants.Select(p => p.PersonId).ToListAsync();
            Assert.Equal(4, matched.Count);
            Assert.DoesNotContain(inside[4].Id, matched);
            Assert.DoesNotContain(outside[0].Id, matched);
            Assert.DoesNotContain(outside[1].Id, matched);
            Assert.DoesNotContain(owner.Id, matched);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OptInMember_WhoLeavesTheAudience_IsNotPlanned(string provider)
    {
        var (app, _, ownerClient) = await StartAsync(provider);
        await using var running = app;
        var people = new[]
        {
            await app.AddAsync(A.Person("Ana").AtLevel(3)),
            await app.AddAsync(A.Person("Bo").AtLevel(4)),
            await app.AddAsync(A.Person("Cy").AtLevel(5)),
        };
        await ownerClient.PostAsJsonAsync("/api/programmes", new { slug = "coffee", name = "Coffee", audience = new { minLevel = 3, maxLevel = 5 } });
        foreach (var p in people) Assert.Equal(HttpStatusCode.OK, await JoinAsync(app, p));
        await using (var db = app.NewContext())
            await db.People.Where(p => p.Id == people[2].Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Level, 6)); // promoted out of range
        var preview = await ownerClient.GetFromJsonAsync<RoundPreview>("/api/programmes/coffee/rounds/preview");
        Assert.Equal(2, preview!.Participants);
        Assert.DoesNotContain(preview.Matches.SelectMany(m => m.People), p => p.Id == people[2].Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Audience_UnknownIdsAndBadLevels_AreProblemsNamingTheField_AndNothingIsSaved(string provider)
    {
        var (app, _, ownerClient) = await StartAsync(provider);
        await using var running = app;
        var badCreate = await ownerClient.PostAsJsonAsync("/api/programmes", new { slug = "coffee", name = "Coffee", audience = new { unitIds = new[] { 9999 } } });
        var problem = await ProblemAssert.IsProblemAsync(badCreate, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("audience.unitIds", out _));
        await using (var db = app.NewContext()) Assert.Equal(0, await db.Programmes.CountAsync());

        Assert.Equal(HttpStatusCode.Created, (await ownerClient.PostAsJsonAsync("/api/programmes", new { slug = "coffee", name = "Coffee", audience = new { minLevel = 2 } })).StatusCode);
        var badLocation = await ownerClient.PutAsJsonAsync("/api/programmes/coffee/audience", new { locationIds = new[] { 4242 }, minLevel = 4 });
        problem = await ProblemAssert.IsProblemAsync(badLocation, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("audience.locationIds", out _));
        var badLevels = await ownerClient.PutAsJsonAsync("/api/programmes/coffee/audience", new { minLevel = 7, maxLevel = 3 });
        problem = await ProblemAssert.IsProblemAsync(badLevels, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("audience.maxLevel", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await ownerClient.PutAsJsonAsync("/api/programmes/coffee/audience", new { minLevel = 11 })).StatusCode);

        await using var check = app.NewContext();
        var programme = await check.Programmes.SingleAsync();
        Assert.Equal(2, programme.AudienceMinLevel);
        Assert.Null(programme.AudienceMaxLevel);
        Assert.Equal(0, await check.ProgrammeAudienceLocations.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Audience_OnlyTheOwnerOrAnAdminChangesIt(string provider)
    {
        var (app, _, ownerClient) = await StartAsync(provider);
        await using var running = app;
        var otherOwner = await app.AddAsync(A.Person("Pat").InUnit("People/Other"));
        await app.GrantAsync(otherOwner, "ProgrammeOwner");
        var employee = await app.AddAsync(A.Person("Ana").InUnit("Engineering/Platform"));
        var admin = await app.AddAsync(A.Person("Ada"));
        await app.GrantAsync(admin, "Admin");
        await ownerClient.PostAsJsonAsync("/api/programmes", new { slug = "coffee", name = "Coffee" });
        var engineering = await UnitIdAsync(app, "Engineering");

        foreach (var who in new[] { otherOwner, employee })
        {
            var refused = await (await app.ClientForAsync(who)).PutAsJsonAsync("/api/programmes/coffee/audience", new { unitIds = new[] { engineering } });
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
        }
        await using (var db = app.NewContext()) Assert.Equal(0, await db.ProgrammeAudienceUnits.CountAsync());

        var byAdmin = await (await app.ClientForAsync(admin)).PutAsJsonAsync("/api/programmes/coffee/audience", new { unitIds = new[] { engineering } });
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        Assert.True((await byAdmin.Content.ReadFromJsonAsync<ProgrammeView>())!.Audience!.SizeBelowMinimum); // Ana alone
        // The owner sets it back to everyone (and can set the same units twice without a clash).
        Assert.Equal(HttpStatusCode.OK, (await ownerClient.PutAsJsonAsync("/api/programmes/coffee/audience", new { unitIds = new[] { engineering } })).StatusCode);
        var everyone = await ownerClient.PutAsJsonAsync("/api/programmes/coffee/audience", new { });
        Assert.True((await everyone.Content.ReadFromJsonAsync<ProgrammeView>())!.Audience!.Everyone);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Mentoring_ApplyingFromOutsideTheAudience_IsForbidden(string provider)
    {
        var (app, _, ownerClient) = await StartAsync(provider);
        await using var running = app;
        var bo = await app.AddAsync(A.Person("Bo").InUnit("Sales/EMEA").WithSkill("Go"));
        var engineering = (await app.AddAsync(A.Person("Ana").InUnit("Engineering/Platform"))).OrgUnitId!.Value;
        await ownerClient.PostAsJsonAsync("/api/programmes", new { slug = "mentors", name = "Mentoring", type = "mentoring", audience = new { unitIds = new[] { engineering } } });
        var refused = await (await app.ClientForAsync(bo)).PostAsJsonAsync("/api/programmes/mentors/mentoring/applications",
            new { role = "mentee", goals = "Learn Go", skills = new[] { "Go" } });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BuddyPlanning_OnlyConsidersTheAudience(string provider)
    {
        var (app, _, ownerClient) = await StartAsync(provider);
        await using var running = app;
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var nia = await app.AddAsync(A.Person("Nia").InUnit("Engineering/Platform").At("Lisbon HQ").AtLevel(2));
        var bo = await app.AddAsync(A.Person("Bo").InUnit("Engineering/Payments").At("Lisbon HQ").AtLevel(4));
        var sam = await app.AddAsync(A.Person("Sam").InUnit("Sales/EMEA").At("Lisbon HQ").AtLevel(4));
        await using (var db = app.NewContext())
        {
            await db.People.Where(p => p.Id == nia.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.HireDate, today.AddDays(-3)));
            await db.People.Where(p => p.Id == bo.Id || p.Id == sam.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.HireDate, new DateOnly(2020, 1, 6)));
        }
        var sales = await UnitIdAsync(app, "Sales");
        Assert.Equal(HttpStatusCode.Created, (await ownerClient.PostAsJsonAsync("/api/programmes",
            new { slug = "buddies", name = "Buddies", type = "buddy", enrolAll = true, audience = new { unitIds = new[] { sales } } })).StatusCode);

        var outside = await ownerClient.GetFromJsonAsync<BuddyPreview>("/api/programmes/buddies/buddy/preview");
        Assert.Equal(0, outside!.NewHires); // Nia is not in the audience, so she is not planned at all

        Assert.Equal(HttpStatusCode.OK, (await ownerClient.PutAsJsonAsync("/api/programmes/buddies/audience", new { })).StatusCode);
        var everyone = await ownerClient.GetFromJsonAsync<BuddyPreview>("/api/programmes/buddies/buddy/preview");
        Assert.Equal(nia.Id, Assert.Single(everyone!.Pairs).NewHire.Id);
    }
}
