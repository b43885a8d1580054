using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Demo;
using Mingle.Surveys;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Surveys;

public class DemoSurveysTests
{
    [Fact]
    public async Task DemoOrganisation_HasAClosedAdviceSurvey_WhoseResultsShow_WhileSomeDepartmentsAnsweredTooLittle()
    {
        await using var app = await MingleApp.StartSeededAsync("Sqlite", people: 1500);
        await using var db = app.NewContext();
        var survey = await db.Surveys.SingleAsync(s => s.Title == DemoSurveys.Title);
        Assert.True(survey.ClosesAt < app.Clock.GetUtcNow().UtcDateTime);
        var analyst = await db.People.SingleAsync(p => p.Email == DemoLogins.Analyst);
        var client = await app.ClientForAsync(analyst);

        var body = await client.GetStringAsync($"/api/surveys/{survey.Id}/results");

        var results = JsonDocument.Parse(body).RootElement;
        Assert.True(results.GetProperty("enough").GetBoolean(), body);
        Assert.True(results.GetProperty("responseRate").GetDouble() >= 0.6, body);
        var advice = results.GetProperty("questions")[0];
        Assert.True(advice.GetProperty("network").GetProperty("nominations").GetInt32() > 100, body);
        Assert.True(advice.GetProperty("groups").GetArrayLength() >= 2, body);
        // Per department, some answered well below 60 %: the threshold is visibly met by the survey, not by everyone.
        var audience = survey.AudienceUnitIds;
        var rates = new List<double>();
        foreach (var unit in audience)
        {
            var path = (await db.OrgUnits.SingleAsync(u => u.Id == unit)).Path;
            var people = await db.People.Where(p => p.OrgUnit!.Path == path || p.OrgUnit!.Path.StartsWith(path + "/")).Select(p => p.Id).ToListAsync();
            var answered = await db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id && people.Contains(r.RespondentId));
            rates.Add((double)answered / people.Count);
        }
        Assert.Contains(rates, r => r >= 0.6);
        Assert.Contains(rates, r => r < 0.6);
    }
}
