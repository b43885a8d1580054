using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mingle.People;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Surveys;

/// <summary>
/// Company/Alpha (Ann0–Ann9), Company/Beta (Bob0–Bob9), Company/Tiny (Tim0–Tim2, below k = 5). Ann0 is the Analyst,
/// Bob9 the Admin.
/// </summary>
internal sealed class SurveyOrg
{
    public required MingleApp App { get; init; }

    public required List<Person> Alpha { get; init; }

    public required List<Person> Beta { get; init; }

    public required List<Person> Tiny { get; init; }

    public required int AlphaId { get; init; }

    public required int BetaId { get; init; }

    public required int TinyId { get; init; }

    public Person Analyst => Alpha[0];

    public Person Admin => Beta[9];

    public static async Task<SurveyOrg> CreateAsync(MingleApp app)
    {
        async Task<List<Person>> Unit(string unit, string name, int count)
        {
            var people = new List<Person>();
            for (var i = 0; i < count; i++) people.Add(await app.AddAsync(A.Person($"{name}{i}").InUnit($"Company/{unit}")));
            return people;
        }
        var alpha = await Unit("Alpha", "Ann", 10);
        var beta = await Unit("Beta", "Bob", 10);
        var tiny = await Unit("Tiny", "Tim", 3);
        await app.GrantAsync(alpha[0], Mingle.Auth.Role.Analyst);
        await app.GrantAsync(beta[9], Mingle.Auth.Role.Admin);
        await using var db = app.NewContext();
        var units = db.OrgUnits.ToDictionary(u => u.Path, u => u.Id);
        return new SurveyOrg
        {
            App = app,
            Alpha = alpha,
            Beta = beta,
            Tiny = tiny,
            AlphaId = units["Company/Alpha"],
            BetaId = units["Company/Beta"],
            TinyId = units["Company/Tiny"],
        };
    }

    public List<Person> Everyone => [.. Alpha, .. Beta, .. Tiny];

    /// <summary>Creates a survey with a name generator (question 0, up to 3 names) and a scale (question 1); returns its JSON.</summary>
    public async Task<JsonElement> CreateSurveyAsync(int[]? audience = null, bool comments = false, bool frequency = false)
    {
        var analyst = await App.ClientForAsync(Analyst);
        var now = App.Clock.GetUtcNow().UtcDateTime;
        var response = await analyst.PostAsJsonAsync("/api/surveys", new
        {
            title = "Advice network 2026",
            confidentialityStatement = "Nobody sees your answers; results are shown for groups of 5 or more.",
            audienceUnitIds = audience ?? [],
            opensAt = now.AddHours(-1),
            closesAt = now.AddDays(14),
            allowComment = comments,
            questions = new object[]
            {
                new { kind = "nameGenerator", text = "Who do you go to for advice on architecture?", maxNames = 3, asksFrequency = frequency },
                new { kind = "scale", text = "How easy is it to find the right person?" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static int Question(JsonElement survey, int n) => survey.GetProperty("questions")[n].GetProperty("id").GetInt32();

    /// <summary>Answers as <paramref name="person"/>: names for question 0, value for question 1.</summary>
    public async Task<HttpResponseMessage> AnswerAsync(JsonElement survey, Person person, int value, IEnumerable<Person> names,
        string? comment = null, int? frequency = null)
    {
        var client = await App.ClientForAsync(person);
        return await client.PutAsJsonAsync($"/api/surveys/{survey.GetProperty("id").GetInt32()}/response", new
        {
            answers = new object[]
            {
                new { questionId = Question(survey, 0), names = names.Select(n => new { personId = n.Id, frequency }).ToArray() },
                new { questionId = Question(survey, 1), value },
            },
            comment,
        });
    }

    public async Task AnsweredAsync(JsonElement survey, Person person, int value, IEnumerable<Person> names, string? comment = null,
        int? frequency = null)
    {
        var response = await AnswerAsync(survey, person, value, names, comment, frequency);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public async Task<(JsonElement Json, string Body)> ResultsAsync(JsonElement survey, string? level = null)
    {
        var analyst = await App.ClientForAsync(Analyst);
        var response = await analyst.GetAsync($"/api/surveys/{survey.GetProperty("id").GetInt32()}/results" + (level is null ? "" : "?level=" + level));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return (JsonDocument.Parse(body).RootElement, body);
    }
}
