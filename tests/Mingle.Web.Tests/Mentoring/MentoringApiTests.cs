using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Mentoring;
using Mingle.Network;
using Mingle.People;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Mentoring;

public class MentoringApiTests
{
    sealed record Cohort(MingleApp App, Person Owner, Person Maya, Person Max, Person Ana, Person Bo, Person Cy, Person Outsider) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    /// <summary>A mentoring programme "mentors" owned by Olga, with two mentors (levels 6 and 5) and three would-be
    /// mentees (levels 3 and 4); Cy reports to Max.</summary>
    static async Task<Cohort> CohortAsync(string provider)
    {
        var app = await MingleApp.StartAsync(provider);
        var owner = await app.AddAsync(A.Person("Olga").InUnit("People/Programmes"));
        await app.GrantAsync(owner, "ProgrammeOwner");
        var maya = await app.AddAsync(A.Person("Maya").InUnit("Engineering/Platform").AtLevel(6).WithSkill("Kubernetes", 5, true, "k8s").WithSkill("Negotiation", 4, true));
        var max = await app.AddAsync(A.Person("Max").InUnit("Sales/EMEA").AtLevel(5).WithSkill("Negotiation", 5, true));
        var ana = await app.AddAsync(A.Person("Ana").InUnit("Sales/EMEA").AtLevel(3).WithSkill("Kubernetes", 1));
        var bo = await app.AddAsync(A.Person("Bo").InUnit("Engineering/Platform").AtLevel(4));
        var cy = await app.AddAsync(A.Person("Cy").InUnit("Sales/EMEA").AtLevel(3).ReportingTo(max));
        var outsider = await app.AddAsync(A.Person("Otto").InUnit("Finance"));
        var created = await (await app.ClientForAsync(owner)).PostAsJsonAsync("/api/programmes",
            new { slug = "mentors", name = "Mentoring cohort", type = "mentoring", cadence = "monthly" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return new Cohort(app, owner, maya, max, ana, bo, cy, outsider);
    }

    static async Task ApplyAsync(MingleApp app, Person who, object body)
    {
        var response = await (await app.ClientForAsync(who)).PostAsJsonAsync("/api/programmes/mentors/mentoring/applications", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    static async Task EveryoneAppliesAsync(Cohort c)
    {
        await ApplyAsync(c.App, c.Maya, new { role = "mentor", goals = "Help people grow into platform engineering", skills = new[] { "Kubernetes", "Negotiation" }, capacity = 2 });
        await ApplyAsync(c.App, c.Max, new { role = "mentor", goals = "Share sales craft", skills = new[] { "Negotiation" }, capacity = 1 });
        await ApplyAsync(c.App, c.Ana, new { role = "mentee", goals = "Move into platform engineering", skills = new[] { "k8s" }, preferences = new[] { c.Maya.Id } });
        await ApplyAsync(c.App, c.Bo, new { role = "mentee", goals = "Get better at negotiation with vendors", skills = new[] { "Negotiation" } });
        await ApplyAsync(c.App, c.Cy, new { role = "mentee", goals = "Negotiation for big deals", skills = new[] { "Negotiation" }, preferences = new[] { c.Max.Id } });
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Apply_ValidatesEveryField_ResolvesAliases_AndIsOnlyEverMine(string provider)
    {
        await using var c = await CohortAsync(provider);
        var ana = await c.App.ClientForAsync(c.Ana);
        const string url = "/api/programmes/mentors/mentoring/applications";

        var bad = await ProblemAssert.IsProblemAsync(await ana.PostAsJsonAsync(url, new { role = "guru", goals = "", skills = Array.Empty<string>() }), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "role", "goals", "skills" }) Assert.True(bad.GetProperty("errors").TryGetProperty(field, out _), field);
        var capacity = await ProblemAssert.IsProblemAsync(await ana.PostAsJsonAsync(url, new { role = "mentor", goals = "x", skills = new[] { "Kubernetes" }, capacity = 6 }), HttpStatusCode.BadRequest);
        Assert.True(capacity.GetProperty("errors").TryGetProperty("capacity", out _));
        var unknown = await ProblemAssert.IsProblemAsync(await ana.PostAsJsonAsync(url, new { role = "mentee", goals = "x", skills = new[] { "Basket weaving" } }), HttpStatusCode.BadRequest);
        Assert.Contains("Basket weaving", unknown.GetProperty("errors").GetProperty("skills")[0].GetString(), StringComparison.Ordinal);
        var self = await ProblemAssert.IsProblemAsync(await ana.PostAsJsonAsync(url, new { role = "mentee", goals = "x", skills = new[] { "k8s" }, preferences = new[] { c.Ana.Id } }), HttpStatusCode.BadRequest);
        Assert.True(self.GetProperty("errors").TryGetProperty("preferences", out _));
        await using (var db = c.App.NewContext()) Assert.Equal(0, await db.MentoringApplications.CountAsync());

        var created = await ana.PostAsJsonAsync(url, new { role = "mentee", goals = "Learn **Kubernetes**", skills = new[] { "k8s" }, preferences = new[] { c.Maya.Id } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var mine = await ana.GetFromJsonAsync<MentoringApplicationView>(url + "/mine");
        Assert.Equal(["Kubernetes"], mine!.Skills);
        Assert.Equal("mentee", mine.Role);
        Assert.Equal(c.Maya.Id, Assert.Single(mine.Preferences).Id);
        await ProblemAssert.IsProblemAsync(await ana.PostAsJsonAsync(url, new { role = "mentee", goals = "again", skills = new[] { "k8s" } }), HttpStatusCode.BadRequest);

        // Nobody else sees my application: theirs is "not found"; a coffee programme has no mentoring.
        var outsider = await c.App.ClientForAsync(c.Outsider);
        await ProblemAssert.IsProblemAsync(await outsider.GetAsync(url + "/mine"), HttpStatusCode.NotFound);
        await (await c.App.ClientForAsync(c.Owner)).PostAsJsonAsync("/api/programmes", new { slug = "coffee", name = "Coffee" });
        await ProblemAssert.IsProblemAsync(await ana.PostAsJsonAsync("/api/programmes/coffee/mentoring/applications",
            new { role = "mentee", goals = "x", skills = new[] { "k8s" } }), HttpStatusCode.NotFound);

        var withdrawn = await ana.PostAsync(url + "/mine/withdraw", null);
        Assert.Equal("withdrawn", (await withdrawn.Content.ReadFromJsonAsync<MentoringApplicationView>())!.Status);
        Assert.Equal(HttpStatusCode.Created, (await ana.PostAsJsonAsync(url, new { role = "mentor", goals = "Teach", skills = new[] { "Kubernetes" }, capacity = 3 })).StatusCode);
        Assert.Equal(3, (await ana.GetFromJsonAsync<MentoringApplicationView>(url + "/mine"))!.Capacity);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cohort_OnlyTheOwnerReviewsAdjustsAndPublishes_AndBothPeopleAreNotified(string provider)
    {
        await using var c = await CohortAsync(provider);
        await EveryoneAppliesAsync(c);
        var ana = await c.App.ClientForAsync(c.Ana);
        foreach (var response in new[]
                 {
                     await ana.GetAsync("/api/programmes/mentors/mentoring/cohort"),
                     await ana.PostAsJsonAsync("/api/programmes/mentors/mentoring/cohort/adjust", new { action = "reset" }),
                     await ana.PostAsync("/api/programmes/mentors/mentoring/cohort/publish", null),
                     await ana.GetAsync("/api/programmes/mentors/mentoring/feedback"),
                 })
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);

        var owner = await c.App.ClientForAsync(c.Owner);
        var proposal = (await owner.GetFromJsonAsync<CohortProposal>("/api/programmes/mentors/mentoring/cohort"))!;
        Assert.False(proposal.Draft);
        Assert.Equal(3, proposal.Pairs.Count); // Maya takes two (capacity 2), Max one, never his report Cy
        Assert.Empty(proposal.Unassigned);
        Assert.Equal(c.Maya.Id, proposal.Pairs.Single(p => p.Mentee.Id == c.Cy.Id).Mentor.Id);
        Assert.Equal(c.Maya.Id, proposal.Pairs.Single(p => p.Mentee.Id == c.Ana.Id).Mentor.Id);
        Assert.Equal(c.Max.Id, proposal.Pairs.Single(p => p.Mentee.Id == c.Bo.Id).Mentor.Id);
        var anaPair = proposal.Pairs.Single(p => p.Mentee.Id == c.Ana.Id);
        Assert.Contains(anaPair.Reasons, r => r.Contains("offers Kubernetes", StringComparison.Ordinal));
        Assert.Contains(anaPair.Reasons, r => r.Contains("1st choice", StringComparison.Ordinal));
        await using (var db = c.App.NewContext()) Assert.Equal(0, await db.MentoringRelationships.CountAsync()); // GET is a dry run

        const string adjust = "/api/programmes/mentors/mentoring/cohort/adjust";
        // Rules hold in adjustments: Max never mentors his report; Maya is full; Bo already has a mentor.
        await ProblemAssert.IsProblemAsync(await owner.PostAsJsonAsync(adjust, new { action = "swap", menteeId = c.Cy.Id, otherMenteeId = c.Bo.Id }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await owner.PostAsJsonAsync(adjust, new { action = "add", mentorId = c.Maya.Id, menteeId = c.Bo.Id }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await owner.PostAsJsonAsync(adjust, new { action = "explode" }), HttpStatusCode.BadRequest);
        var removed = (await (await owner.PostAsJsonAsync(adjust, new { action = "remove", menteeId = c.Bo.Id })).Content.ReadFromJsonAsync<CohortProposal>())!;
        Assert.True(removed.Draft);
        Assert.Equal(2, removed.Pairs.Count);
        Assert.Contains("Max", Assert.Single(removed.Unassigned).Why, StringComparison.Ordinal);
        var capacity = await ProblemAssert.IsProblemAsync(await owner.PostAsJsonAsync(adjust, new { action = "add", mentorId = c.Maya.Id, menteeId = c.Bo.Id }), HttpStatusCode.BadRequest);
        Assert.Contains("capacity", capacity.GetRawText(), StringComparison.Ordinal);
        var chain = await ProblemAssert.IsProblemAsync(await owner.PostAsJsonAsync(adjust, new { action = "swap", menteeId = c.Ana.Id, otherMenteeId = c.Cy.Id }), HttpStatusCode.BadRequest);
        Assert.Contains("same mentor", chain.GetRawText(), StringComparison.Ordinal);
        var swapped = await owner.PostAsJsonAsync(adjust, new { action = "add", mentorId = c.Max.Id, menteeId = c.Bo.Id });
        Assert.Equal(HttpStatusCode.OK, swapped.StatusCode);
        var again = (await (await owner.PostAsJsonAsync(adjust, new { action = "swap", menteeId = c.Ana.Id, otherMenteeId = c.Bo.Id })).Content.ReadFromJsonAsync<CohortProposal>())!;
        Assert.Equal(c.Max.Id, again.Pairs.Single(p => p.Mentee.Id == c.Ana.Id).Mentor.Id);
        Assert.Equal(c.Maya.Id, again.Pairs.Single(p => p.Mentee.Id == c.Bo.Id).Mentor.Id);

        // Applicants never see the draft.
        Assert.Empty((await ana.GetFromJsonAsync<List<MentoringRelationshipView>>("/api/programmes/mentors/mentoring/relationships"))!);

        var published = await owner.PostAsync("/api/programmes/mentors/mentoring/cohort/publish", null);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(3, (await published.Content.ReadFromJsonAsync<CohortPublished>())!.Relationships);
        var mine = Assert.Single((await ana.GetFromJsonAsync<List<MentoringRelationshipView>>("/api/programmes/mentors/mentoring/relationships"))!);
        Assert.Equal("mentee", mine.MyRole);
        Assert.Equal(c.Max.Id, mine.With.Id);
        Assert.Equal("Move into platform engineering", mine.Goals);
        Assert.Equal("matched", (await ana.GetFromJsonAsync<MentoringApplicationView>("/api/programmes/mentors/mentoring/applications/mine"))!.Status);
        await using (var db = c.App.NewContext())
        {
            var notes = await db.Notifications.Where(n => n.Kind == "mentoring.match").ToListAsync();
            Assert.Equal(6, notes.Count);
            Assert.Contains(notes, n => n.PersonId == c.Ana.Id && n.Payload.Contains("Max is now your mentor", StringComparison.Ordinal));
            Assert.Contains(notes, n => n.PersonId == c.Max.Id && n.Payload.Contains("you are now mentoring Ana", StringComparison.Ordinal));
        }
        // Everyone is matched: the next proposal is empty and publishing it is refused.
        var next = (await owner.GetFromJsonAsync<CohortProposal>("/api/programmes/mentors/mentoring/cohort"))!;
        Assert.Empty(next.Pairs);
        Assert.Equal(0, next.Mentees);
        await ProblemAssert.IsProblemAsync(await owner.PostAsync("/api/programmes/mentors/mentoring/cohort/publish", null), HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Relationship_OnlyItsPeopleLogSessions_WhichBecomeInteractions_AndEndWithFeedback(string provider)
    {
        await using var c = await CohortAsync(provider);
        await EveryoneAppliesAsync(c);
        var owner = await c.App.ClientForAsync(c.Owner);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync("/api/programmes/mentors/mentoring/cohort/publish", null)).StatusCode);
        var ana = await c.App.ClientForAsync(c.Ana);
        var maya = await c.App.ClientForAsync(c.Maya);
        var relationship = Assert.Single((await ana.GetFromJsonAsync<List<MentoringRelationshipView>>("/api/programmes/mentors/mentoring/relationships"))!);
        Assert.Equal(c.Maya.Id, relationship.With.Id);
        var sessions = $"/api/programmes/mentors/mentoring/relationships/{relationship.Id}/sessions";
        var end = $"/api/programmes/mentors/mentoring/relationships/{relationship.Id}/end";

        // Anyone else — another mentee, the owner, an outsider — gets "not found".
        foreach (var other in new[] { c.Bo, c.Owner, c.Outsider })
        {
            var client = await c.App.ClientForAsync(other);
            await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync(sessions, new { heldOn = "2026-11-20" }), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync(end, new { rating = 5 }), HttpStatusCode.NotFound);
            Assert.DoesNotContain((await client.GetFromJsonAsync<List<MentoringRelationshipView>>("/api/programmes/mentors/mentoring/relationships"))!,
                r => r.Id == relationship.Id);
        }
        await ProblemAssert.IsProblemAsync(await ana.PostAsJsonAsync(sessions, new { heldOn = "2026-11-30" }), HttpStatusCode.BadRequest); // future
        await ProblemAssert.IsProblemAsync(await ana.PostAsJsonAsync(sessions, new { heldOn = "2026-01-01" }), HttpStatusCode.BadRequest); // before start

        var logged = await ana.PostAsJsonAsync(sessions, new { heldOn = "2026-11-23", note = "Talked **pods**<script>alert(1)</script>" });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        var session = (await logged.Content.ReadFromJsonAsync<MentoringSessionView>())!;
        Assert.Contains("<strong>pods</strong>", session.NoteHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", session.NoteHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await maya.PostAsJsonAsync(sessions, new { heldOn = "2026-11-23" })).StatusCode);
        var seenByMaya = (await maya.GetFromJsonAsync<List<MentoringRelationshipView>>("/api/programmes/mentors/mentoring/relationships"))!.Single(r => r.Id == relationship.Id);
        Assert.Equal(2, seenByMaya.Sessions.Count);
        Assert.Equal("mentor", seenByMaya.MyRole);
        await using (var db = c.App.NewContext())
        {
            var interactions = await db.Interactions.Where(i => i.Type == InteractionType.Mentoring).ToListAsync();
            Assert.Equal(2, interactions.Count);
            Assert.All(interactions, i =>
            {
                Assert.Equal(InteractionSource.Platform, i.Source);
                Assert.Equal((c.Maya.Id, c.Ana.Id), (i.FromPersonId, i.ToPersonId));
            });
        }

        await ProblemAssert.IsProblemAsync(await ana.PostAsJsonAsync(end, new { rating = 9 }), HttpStatusCode.BadRequest);
        var ended = await ana.PostAsJsonAsync(end, new { rating = 4, feedback = "Very useful" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal("ended", (await ended.Content.ReadFromJsonAsync<MentoringRelationshipView>())!.Status);
        await ProblemAssert.IsProblemAsync(await maya.PostAsJsonAsync(sessions, new { heldOn = "2026-11-23" }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await maya.PostAsJsonAsync(end, new { rating = 3 }), HttpStatusCode.BadRequest);
        await using (var db = c.App.NewContext())
            Assert.Contains(await db.Notifications.Where(n => n.Kind == "mentoring.ended").ToListAsync(), n => n.PersonId == c.Maya.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Feedback_IsShownToTheOwnerOnlyInAggregate_FromFivePeople_NeverNamed(string provider)
    {
        await using var c = await CohortAsync(provider);
        var owner = await c.App.ClientForAsync(c.Owner);
        int programmeId;
        await using (var db = c.App.NewContext()) programmeId = await db.Programmes.Where(p => p.Slug == "mentors").Select(p => p.Id).SingleAsync();
        async Task EndOneAsync(Person mentor, Person mentee, int rating, string text)
        {
            await using var db = c.App.NewContext();
            var r = new MentoringRelationship { ProgrammeId = programmeId, MentorId = mentor.Id, MenteeId = mentee.Id, Status = MentoringRelationshipStatus.Ended };
            db.MentoringRelationships.Add(r);
            await db.SaveChangesAsync();
            db.MentoringFeedback.Add(new MentoringFeedback { RelationshipId = r.Id, GivenById = mentee.Id, Rating = rating, Text = text });
            await db.SaveChangesAsync();
        }
        var mentees = new List<Person>();
        for (var i = 0; i < 5; i++) mentees.Add(await c.App.AddAsync(A.Person($"Mentee {i}")));
        for (var i = 0; i < 4; i++) await EndOneAsync(c.Maya, mentees[i], 5 - (i % 2), $"comment {i}");

        var hidden = (await owner.GetFromJsonAsync<MentoringFeedbackSummary>("/api/programmes/mentors/mentoring/feedback"))!;
        Assert.Null(hidden.Responses);
        Assert.Null(hidden.AverageRating);
        Assert.Null(hidden.Comments);

        await EndOneAsync(c.Max, mentees[4], 3, "comment 4");
        var response = await owner.GetAsync("/api/programmes/mentors/mentoring/feedback");
        var body = await response.Content.ReadAsStringAsync();
        var shown = JsonSerializer.Deserialize<MentoringFeedbackSummary>(body, JsonSerializerOptions.Web)!;
        Assert.Equal(5, shown.Responses);
        Assert.Equal(4.2, shown.AverageRating);
        Assert.Equal([0, 0, 1, 2, 2], shown.RatingCounts);
        Assert.Equal(5, shown.Comments!.Count);
        foreach (var p in mentees.Append(c.Maya).Append(c.Max)) Assert.DoesNotContain(p.Name, body, StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await (await c.App.ClientForAsync(c.Maya)).GetAsync("/api/programmes/mentors/mentoring/feedback"), HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportAndErase_CoverEveryMentoringTable(string provider)
    {
        await using var c = await CohortAsync(provider);
        await EveryoneAppliesAsync(c);
        var owner = await c.App.ClientForAsync(c.Owner);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync("/api/programmes/mentors/mentoring/cohort/publish", null)).StatusCode);
        var ana = await c.App.ClientForAsync(c.Ana);
        var relationship = Assert.Single((await ana.GetFromJsonAsync<List<MentoringRelationshipView>>("/api/programmes/mentors/mentoring/relationships"))!);
        var rel = $"/api/programmes/mentors/mentoring/relationships/{relationship.Id}";
        Assert.Equal(HttpStatusCode.Created, (await ana.PostAsJsonAsync(rel + "/sessions", new { heldOn = "2026-11-23", note = "first chat" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ana.PostAsJsonAsync(rel + "/end", new { rating = 5, feedback = "ana's feedback" })).StatusCode);

        var export = JsonDocument.Parse(await ana.GetStringAsync("/api/me/export")).RootElement.GetProperty("mentoring");
        var application = Assert.Single(export.GetProperty("applications").EnumerateArray());
        Assert.Equal("Move into platform engineering", application.GetProperty("goals").GetString());
        Assert.Equal(c.Maya.Id, application.GetProperty("preferredPersonIds")[0].GetInt32());
        var exported = Assert.Single(export.GetProperty("relationships").EnumerateArray());
        Assert.Equal(c.Maya.Id, exported.GetProperty("withPersonId").GetInt32());
        Assert.Equal("first chat", exported.GetProperty("sessions")[0].GetProperty("note").GetString());
        Assert.Equal("ana's feedback", export.GetProperty("feedbackGiven")[0].GetProperty("text").GetString());
        // Maya's export has the relationship and session but not Ana's preference for her nor Ana's feedback.
        var mayaExport = await (await c.App.ClientForAsync(c.Maya)).GetStringAsync("/api/me/export");
        Assert.Contains("first chat", mayaExport, StringComparison.Ordinal);
        Assert.DoesNotContain("ana's feedback", mayaExport, StringComparison.Ordinal);

        var admin = await c.App.AddAsync(A.Person("Ada Admin"));
        await c.App.GrantAsync(admin, "Admin");
        Assert.Equal(HttpStatusCode.OK, (await (await c.App.ClientForAsync(admin)).DeleteAsync($"/api/admin/people/{c.Maya.Id}")).StatusCode);
        await using var db = c.App.NewContext();
        Assert.False(await db.MentoringApplications.AnyAsync(a => a.PersonId == c.Maya.Id));
        Assert.False(await db.MentoringPreferences.AnyAsync(p => p.PersonId == c.Maya.Id));
        Assert.False(await db.MentoringRelationships.AnyAsync(r => r.MentorId == c.Maya.Id || r.MenteeId == c.Maya.Id));
        Assert.Equal(0, await db.MentoringSessions.CountAsync(s => s.RelationshipId == relationship.Id));
        Assert.Equal(0, await db.MentoringFeedback.CountAsync(f => f.RelationshipId == relationship.Id));
        Assert.False(await db.Notifications.AnyAsync(n => n.Payload.Contains("Maya")));
        // The others' rows stay.
        Assert.True(await db.MentoringApplications.AnyAsync(a => a.PersonId == c.Ana.Id));
        Assert.True(await db.MentoringRelationships.AnyAsync(r => r.MentorId == c.Max.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CoffeeRounds_AreRefusedForAMentoringProgramme_AndWriteNothing(string provider)
    {
        await using var c = await CohortAsync(provider);
        await EveryoneAppliesAsync(c);
        var owner = await c.App.ClientForAsync(c.Owner);
        foreach (var response in new[]
                 {
                     await owner.GetAsync("/api/programmes/mentors/rounds/preview"),
                     await owner.PostAsync("/api/programmes/mentors/rounds", null),
                 })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Rounds are for coffee programmes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // A non-owner is still told it is not theirs, before anything about the type.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await c.App.ClientForAsync(c.Ana)).GetAsync("/api/programmes/mentors/rounds/preview")).StatusCode);
        await using var db = c.App.NewContext();
        Assert.Equal(0, await db.ProgrammeRounds.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MentoringRoutes_AreInTheOpenApiDocument(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var doc = JsonDocument.Parse(await app.AnonymousClient().GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/programmes/{slug}/mentoring/applications", "/api/programmes/{slug}/mentoring/cohort",
                     "/api/programmes/{slug}/mentoring/cohort/publish", "/api/programmes/{slug}/mentoring/relationships/{id}/sessions" })
            Assert.True(doc.TryGetProperty(path, out _), path);
    }
}
