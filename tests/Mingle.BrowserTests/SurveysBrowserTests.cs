using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

[Collection(BrowserCollection.Name)]
public class SurveysBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Survey_AnsweredEndToEnd_ResultsAppearOnceEnoughPeopleAnswered()
    {
        var app = fixture.App;
        var pickers = new List<Mingle.People.Person>();
        for (var i = 0; i < 6; i++) pickers.Add(await app.AddAsync(A.Person($"Apple Picker {i}").InUnit("Orchard/Pickers")));
        var analyst = await app.AddAsync(A.Person("Orchard Analyst").InUnit("Orchard/Office"));
        await app.GrantAsync(analyst, "Analyst");
        const string title = "Orchard advice survey";
        const string names = "Who do you go to for advice on pruning?";
        const string scale = "How connected do you feel?";

        var analystPage = await fixture.NewPageAsync();
        await new SignInPage(analystPage).SignInAsAsync(analyst.Name, analyst.Email);
        var builder = new SurveyPages(analystPage);
        var id = await builder.CreateAsync(title, "Orchard/Pickers", names, scale);
        await builder.OpenResultsAsync(id);
        await Assertions.Expect(builder.Status).ToContainTextAsync("Not enough responses yet");

        var employeePage = await fixture.NewPageAsync();
        await new SignInPage(employeePage).SignInAsAsync(pickers[0].Name, pickers[0].Email);
        var answer = new SurveyPages(employeePage);
        await answer.OpenFromListAsync(title);
        await Assertions.Expect(answer.Statement).ToContainTextAsync("confidential");
        await answer.SearchAsync("Apple Picker 1");
        await answer.NameAsync(names, 1, pickers[1].Email);
        await answer.ScaleAsync(scale, 4);
        await answer.SubmitAsync();
        await Assertions.Expect(answer.Status).ToContainTextAsync("your answers are saved");

        // Four more people answer through the API: 5 of 6 is above 60 % and reaches k = 5.
        async Task<HttpClient> ApiAs(Mingle.People.Person person)
        {
            var client = new HttpClient { BaseAddress = app.BaseAddress };
            client.DefaultRequestHeaders.Authorization = new("Bearer", await app.TokenForAsync(person));
            return client;
        }
        using var reader = await ApiAs(pickers[1]);
        using var survey = JsonDocument.Parse(await reader.GetStringAsync($"/api/surveys/{id}"));
        var questions = survey.RootElement.GetProperty("questions");
        for (var i = 1; i <= 4; i++)
        {
            using var client = await ApiAs(pickers[i]);
            var response = await client.PutAsJsonAsync($"/api/surveys/{id}/response", new
            {
                answers = new object[]
                {
                    new { questionId = questions[0].GetProperty("id").GetInt32(), names = new[] { new { personId = pickers[0].Id } } },
                    new { questionId = questions[1].GetProperty("id").GetInt32(), value = 2 },
                },
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await builder.OpenResultsAsync(id);
        await Assertions.Expect(builder.Respondents).ToHaveTextAsync("5");
        await Assertions.Expect(builder.Groups).ToContainTextAsync("Pickers");
        await Assertions.Expect(builder.Main).ToContainTextAsync("2.40"); // (4 + 2 + 2 + 2 + 2) / 5
        await Assertions.Expect(builder.Main).Not.ToContainTextAsync("Apple Picker");
    }
}
