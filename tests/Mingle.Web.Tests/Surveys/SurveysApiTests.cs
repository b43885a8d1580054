using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Surveys;

public class SurveysApiTests
{
    static int Id(JsonElement survey) => survey.GetProperty("id").GetInt32();

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Employees_CannotCreateOrReadResults_AndOutsiders_DoNotSeeTheSurvey(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await SurveyOrg.CreateAsync(app);
        var survey = await org.CreateSurveyAsync(audience: [org.AlphaId]);
        var employee = await app.ClientForAsync(org.Alpha[3]);
        var outsider = await app.ClientForAsync(org.Beta[3]);

        var create = await employee.PostAsJsonAsync("/api/surveys", new { title = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync($"/api/surveys/{Id(survey)}/results")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync($"/api/surveys/{Id(survey)}")).StatusCode);
        Assert.Single(await employee.GetFromJsonAsync<List<JsonElement>>("/api/surveys") ?? []);
        await ProblemAssert.IsProblemAsync(await outsider.GetAsync($"/api/surveys/{Id(survey)}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await org.AnswerAsync(survey, org.Beta[3], 3, []), HttpStatusCode.NotFound);
        Assert.Empty(await outsider.GetFromJsonAsync<List<JsonElement>>("/api/surveys") ?? [default]);
        // Analysts see every survey, in the audience or not.
        var admin = await app.ClientForAsync(org.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/surveys/{Id(survey)}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_WithBadInput_Is400_AndSavesNothing(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await SurveyOrg.CreateAsync(app);
        var analyst = await app.ClientForAsync(org.Analyst);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var response = await analyst.PostAsJsonAsync("/api/surveys", new
        {
            title = "",
            confidentialityStatement = "ok",
            audienceUnitIds = new[] { 999999 },
            closesAt = now.AddDays(-1),
            minResponseRate = 0.2,
            questions = new object[] { new { kind = "essay", text = "?" }, new { kind = "nameGenerator", text = "Who?", maxNames = 50 } },
        });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "title", "audienceUnitIds", "closesAt", "minResponseRate", "questions[0].kind", "questions[1].maxNames" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        await using var db = app.NewContext();
        Assert.Equal(0, await db.Surveys.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Respond_WithInvalidAnswers_Is400_AndKeepsThePreviousAnswerWhole(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await SurveyOrg.CreateAsync(app);
        var left = await app.AddAsync(A.Person("Gone").InUnit("Company/Alpha").WhoLeft());
        var survey = await org.CreateSurveyAsync(frequency: true);
        var me = org.Alpha[2];
        await org.AnsweredAsync(survey, me, 4, [org.Alpha[1]], frequency: 3);

        var bad = new (int Value, Mingle.People.Person[] Names, int? Frequency, string Field)[]
        {
            (4, [org.Alpha[3], org.Alpha[4], org.Alpha[5], org.Alpha[6]], 3, "answers[0].names"),
            (4, [me], 3, "answers[0].names[0].personId"),
            (4, [left], 3, "answers[0].names[0].personId"),
            (4, [new Mingle.People.Person { Id = 987654, Name = "x", Email = "x", EmployeeId = "x" }], 3, "answers[0].names[0].personId"),
            (4, [org.Alpha[3], org.Alpha[3]], 3, "answers[0].names[1].personId"),
            (4, [org.Alpha[3]], 9, "answers[0].names[0].frequency"),
            (4, [org.Alpha[3]], null, "answers[0].names[0].frequency"),
            (0, [org.Alpha[3]], 3, "answers[1].value"),
            (6, [org.Alpha[3]], 3, "answers[1].value"),
        };
        foreach (var (value, names, frequency, field) in bad)
        {
            var response = await org.AnswerAsync(survey, me, value, names, frequency: frequency);
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }
        // Comments are refused where the survey takes none; every scale question needs an answer.
        await ProblemAssert.IsProblemAsync(await org.AnswerAsync(survey, me, 4, [org.Alpha[3]], "hi", 3), HttpStatusCode.BadRequest);
        var client = await app.ClientForAsync(me);
        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/surveys/{Id(survey)}/response",
            new { answers = new object[] { new { questionId = SurveyOrg.Question(survey, 0), names = Array.Empty<object>() } } }), HttpStatusCode.BadRequest);

        var mine = (await client.GetFromJsonAsync<JsonElement>($"/api/surveys/{Id(survey)}")).GetProperty("myResponse");
        var names0 = mine.GetProperty("answers")[0].GetProperty("names");
        Assert.Equal(org.Alpha[1].Id, Assert.Single(names0.EnumerateArray()).GetProperty("personId").GetInt32());
        Assert.Equal(4, mine.GetProperty("answers")[1].GetProperty("value").GetInt32());
        await using var db = app.NewContext();
        Assert.Equal(1, await db.SurveyNominations.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Respond_CanBeEditedWhileOpen_AndNotAfterClose(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await SurveyOrg.CreateAsync(app);
        var survey = await org.CreateSurveyAsync();
        await org.AnsweredAsync(survey, org.Alpha[2], 4, [org.Alpha[1]]);
        await org.AnsweredAsync(survey, org.Alpha[2], 2, [org.Beta[1], org.Beta[2]]);
        await using (var db = app.NewContext())
        {
            Assert.Equal(1, await db.SurveyResponses.CountAsync());
            Assert.Equal([org.Beta[1].Id, org.Beta[2].Id], (await db.SurveyNominations.Select(n => n.NomineeId).ToListAsync()).Order());
        }
        app.Clock.Advance(TimeSpan.FromDays(15));
        var closed = await ProblemAssert.IsProblemAsync(await org.AnswerAsync(survey, org.Alpha[2], 5, []), HttpStatusCode.BadRequest);
        Assert.Contains("closed", closed.ToString(), StringComparison.Ordinal);
        var employee = await app.ClientForAsync(org.Alpha[3]);
        Assert.Empty(await employee.GetFromJsonAsync<List<JsonElement>>("/api/surveys") ?? [default]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Results_BelowTheResponseRate_AreWithheld_WithoutNumbers_AndAudited(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await SurveyOrg.CreateAsync(app);
        var survey = await org.CreateSurveyAsync();
        var everyone = org.Everyone; // 23 people: 60 % is 13.8, so 13 is not enough and 14 is
        foreach (var p in everyone.Take(13)) await org.AnsweredAsync(survey, p, 4, [p == org.Alpha[0] ? org.Alpha[1] : org.Alpha[0]]);

        var (withheld, body) = await org.ResultsAsync(survey);
        Assert.False(withheld.GetProperty("enough").GetBoolean());
        Assert.Contains("Not enough responses yet", withheld.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("respondents").ValueKind);
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("responseRate").ValueKind);
        Assert.Empty(withheld.GetProperty("questions").EnumerateArray());
        Assert.DoesNotContain("13", body, StringComparison.Ordinal);

        await org.AnsweredAsync(survey, everyone[13], 4, []);
        var (shown, _) = await org.ResultsAsync(survey);
        Assert.True(shown.GetProperty("enough").GetBoolean());
        Assert.Equal(14, shown.GetProperty("respondents").GetInt32());

        await using var db = app.NewContext();
        var audits = await db.AuditEntries.Where(a => a.Action == "surveys.results").ToListAsync();
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Equal(org.Analyst.Id, a.ActorId));
        Assert.Contains(audits, a => a.Detail!.StartsWith("withheld", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Results_NetworkAndAverages_MatchHandComputedValues(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await SurveyOrg.CreateAsync(app);
        var survey = await org.CreateSurveyAsync(audience: [org.AlphaId, org.BetaId]);
        // Ann1–9 name Ann0, Ann0 names Ann1; Bob1–9 name Bob0, Bob0 names Ann0. Alpha answers 4, Beta 2.
        for (var i = 0; i < 10; i++)
        {
            await org.AnsweredAsync(survey, org.Alpha[i], 4, [i == 0 ? org.Alpha[1] : org.Alpha[0]]);
            await org.AnsweredAsync(survey, org.Beta[i], 2, [i == 0 ? org.Alpha[0] : org.Beta[0]]);
        }
        var (results, body) = await org.ResultsAsync(survey);
        Assert.True(results.GetProperty("enough").GetBoolean());
        var names = results.GetProperty("questions")[0];
        var network = names.GetProperty("network");
        Assert.Equal(20, network.GetProperty("people").GetInt32());
        Assert.Equal(20, network.GetProperty("nominations").GetInt32());
        Assert.Equal(20.0 / (20 * 19), network.GetProperty("density").GetDouble(), 12);
        Assert.Equal(0.1, network.GetProperty("reciprocity").GetDouble(), 12);   // Ann0 ↔ Ann1: 2 of 20 arcs
        Assert.Equal(-0.9, network.GetProperty("eiIndex").GetDouble(), 12);      // 1 external, 19 internal
        Assert.Equal(2, network.GetProperty("goToPeople").GetInt32());           // Ann0 (10 nominations) and Bob0 (9)
        var groups = names.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("unit").GetString()!);
        Assert.Equal(-9.0 / 11, groups["Alpha"].GetProperty("eiIndex").GetDouble(), 12);
        Assert.Equal(-0.8, groups["Beta"].GetProperty("eiIndex").GetDouble(), 12);
        Assert.Equal(1, groups["Alpha"].GetProperty("goToPeople").GetInt32());
        Assert.Equal(1, groups["Beta"].GetProperty("goToPeople").GetInt32());

        var scale = results.GetProperty("questions")[1];
        Assert.Equal(3.0, scale.GetProperty("average").GetDouble(), 12);
        var scaleGroups = scale.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("unit").GetString()!);
        Assert.Equal(4.0, scaleGroups["Alpha"].GetProperty("average").GetDouble(), 12);
        Assert.Equal(2.0, scaleGroups["Beta"].GetProperty("average").GetDouble(), 12);
        Assert.Equal(10, scaleGroups["Beta"].GetProperty("respondents").GetInt32());

        // Raw responses never leave: no person, no person id, anywhere in the results.
        Assert.DoesNotContain("Ann", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", body, StringComparison.Ordinal);
        Assert.DoesNotContain("personId", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("nominee", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Results_SmallGroups_AreSuppressed_AndSoIsAnythingThatWouldRevealThemBySubtraction(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await SurveyOrg.CreateAsync(app);
        var survey = await org.CreateSurveyAsync();
        foreach (var p in org.Alpha) await org.AnsweredAsync(survey, p, 4, [org.Tiny[0]]);
        foreach (var p in org.Beta) await org.AnsweredAsync(survey, p, 2, [org.Tiny[0]]);
        foreach (var p in org.Tiny) await org.AnsweredAsync(survey, p, 5, [org.Alpha[1]]);

        foreach (var level in new[] { "division", "department", "team" })
        {
            var (results, body) = await org.ResultsAsync(survey, level);
            Assert.True(results.GetProperty("enough").GetBoolean());
            Assert.DoesNotContain("Tiny", body, StringComparison.Ordinal);
            Assert.DoesNotContain($"\"unitId\":{org.TinyId},", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Tim", body, StringComparison.Ordinal);
            // Differencing: whatever is shown for everyone minus the groups shown must be 0 or at least k respondents.
            // Here "everyone − Alpha − Beta" would be Tiny's 3, so one of Alpha and Beta gives way.
            var scale = results.GetProperty("questions")[1];
            var shown = scale.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("respondents").GetInt32());
            var rest = results.GetProperty("respondents").GetInt32() - shown;
            Assert.True(rest == 0 || rest >= 5, $"{level}: {rest} respondents left over");
            if (level == "department")
            {
                Assert.Single(scale.GetProperty("groups").EnumerateArray());
                Assert.Equal(13, rest);
                Assert.Equal((10 * 4 + 10 * 2 + 3 * 5) / 23.0, scale.GetProperty("average").GetDouble(), 12);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Results_Comments_OnlyForGroupsOfAtLeastTenRespondents(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await SurveyOrg.CreateAsync(app);
        var survey = await org.CreateSurveyAsync(audience: [org.AlphaId, org.BetaId], comments: true);
        foreach (var p in org.Alpha) await org.AnsweredAsync(survey, p, 4, [], $"alpha says {p.Id}");
        foreach (var p in org.Beta.Take(8)) await org.AnsweredAsync(survey, p, 2, [], $"beta says {p.Id}");

        // 18 respondents: comments for everyone together, but Alpha (10) would leave Beta's 8 by subtraction.
        var (results, _) = await org.ResultsAsync(survey);
        var comments = results.GetProperty("comments").EnumerateArray().ToList();
        var all = Assert.Single(comments);
        Assert.Equal(18, all.GetProperty("comments").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("unitId").ValueKind);

        await org.AnsweredAsync(survey, org.Beta[8], 2, [], "beta too");
        await org.AnsweredAsync(survey, org.Beta[9], 2, [], "beta also");
        (results, _) = await org.ResultsAsync(survey);
        comments = [.. results.GetProperty("comments").EnumerateArray()];
        Assert.Equal(3, comments.Count);
        var alpha = comments.Single(c => c.GetProperty("group").GetString() == "Alpha");
        Assert.Equal(10, alpha.GetProperty("comments").GetArrayLength());
        Assert.All(alpha.GetProperty("comments").EnumerateArray(), c => Assert.StartsWith("alpha says", c.GetString(), StringComparison.Ordinal));

        // Fewer than 10 respondents overall: no comments at all.
        var small = await org.CreateSurveyAsync(audience: [org.AlphaId], comments: true);
        foreach (var p in org.Alpha.Take(9)) await org.AnsweredAsync(small, p, 4, [], "secret");
        var (few, body) = await org.ResultsAsync(small);
        Assert.True(few.GetProperty("enough").GetBoolean());
        Assert.Empty(few.GetProperty("comments").EnumerateArray());
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RawResponses_AreVisibleToTheRespondentOnly_InTheApiAndTheExport(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await SurveyOrg.CreateAsync(app);
        var survey = await org.CreateSurveyAsync(comments: true);
        await org.AnsweredAsync(survey, org.Beta[1], 3, [org.Alpha[4]], "bob1's private comment");
        await org.AnsweredAsync(survey, org.Alpha[4], 5, [org.Beta[2]]);

        // The analyst reading the survey sees the definition, not others' answers.
        var analystView = await (await app.ClientForAsync(org.Analyst)).GetStringAsync($"/api/surveys/{Id(survey)}");
        Assert.DoesNotContain("bob1's private comment", analystView, StringComparison.Ordinal);
        Assert.Contains("\"myResponse\":null", analystView, StringComparison.Ordinal);

        // Ann4's export holds what she answered (naming Bob2), never that Bob1 named her.
        var ann4 = await app.ClientForAsync(org.Alpha[4]);
        var export = await ann4.GetFromJsonAsync<JsonElement>("/api/me/export");
        var responses = export.GetProperty("surveyResponses");
        var mine = Assert.Single(responses.EnumerateArray());
        Assert.Equal(5, mine.GetProperty("answers")[1].GetProperty("value").GetInt32());
        Assert.Equal(org.Beta[2].Id, Assert.Single(mine.GetProperty("answers")[0].GetProperty("names").EnumerateArray()).GetProperty("personId").GetInt32());
        var raw = export.ToString();
        Assert.DoesNotContain("bob1's private comment", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(org.Beta[1].Name, raw, StringComparison.Ordinal);

        var bob1 = await (await app.ClientForAsync(org.Beta[1])).GetFromJsonAsync<JsonElement>("/api/me/export");
        Assert.Equal("bob1's private comment", bob1.GetProperty("surveyResponses")[0].GetProperty("comment").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Erasure_RemovesTheirResponses_AndEveryNominationNamingThem(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await SurveyOrg.CreateAsync(app);
        var survey = await org.CreateSurveyAsync();
        await org.AnsweredAsync(survey, org.Alpha[4], 5, [org.Beta[2], org.Beta[3]]);
        await org.AnsweredAsync(survey, org.Beta[2], 3, [org.Alpha[4], org.Beta[3]]);
        await org.AnsweredAsync(survey, org.Beta[3], 3, [org.Beta[2]]);

        var admin = await app.ClientForAsync(org.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/admin/people/{org.Beta[2].Id}")).StatusCode);
        // The creator may be erased too: the survey stays, without their name.
        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/admin/people/{org.Analyst.Id}")).StatusCode);

        await using var db = app.NewContext();
        Assert.False(await db.SurveyResponses.AnyAsync(r => r.RespondentId == org.Beta[2].Id));
        Assert.False(await db.SurveyNominations.AnyAsync(n => n.NomineeId == org.Beta[2].Id));
        Assert.Equal(2, await db.SurveyResponses.CountAsync());
        Assert.Equal([org.Beta[3].Id], await db.SurveyNominations.Select(n => n.NomineeId).ToListAsync());
        Assert.Null((await db.Surveys.SingleAsync()).CreatedById);
    }
}
