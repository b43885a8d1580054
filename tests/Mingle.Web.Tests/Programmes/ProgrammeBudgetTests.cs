using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Programmes;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Programmes;

/// <summary>The load budget (max programme meetings per month across programmes): my own to read and set, shown on
/// my matches page, and respected by round planning.</summary>
public class ProgrammeBudgetTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Budget_IsMineToSet_BadValuesAreProblems_AndAPersonAtBudgetIsSkipped(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var owner = await app.AddAsync(A.Person("Olga").InUnit("People/Programmes"));
        await app.GrantAsync(owner, "ProgrammeOwner");
        var ana = await app.AddAsync(A.Person("Ana").InUnit("Engineering/Platform"));
        var bo = await app.AddAsync(A.Person("Bo").InUnit("Sales/EMEA"));
        var cy = await app.AddAsync(A.Person("Cy").InUnit("Finance/Planning"));
        var di = await app.AddAsync(A.Person("Di").InUnit("Legal/Commercial"));
        var ownerClient = await app.ClientForAsync(owner);
        Assert.Equal(HttpStatusCode.Created, (await ownerClient.PostAsJsonAsync("/api/programmes",
            new { slug = "coffee", name = "Coffee roulette", cadence = "weekly" })).StatusCode);
        foreach (var m in new[] { ana, bo, cy, di })
            Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(m)).PostAsync("/api/programmes/coffee/join", null)).StatusCode);

        var asAna = await app.ClientForAsync(ana);
        var initial = await asAna.GetFromJsonAsync<ProgrammeBudget>("/api/me/programme-budget");
        Assert.Equal(new ProgrammeBudget(MeetingBudget.Default, 0), initial);
        foreach (var bad in new[] { -1, ProgrammeBudget.Max + 1 })
        {
            var problem = await asAna.PutAsJsonAsync("/api/me/programme-budget", new { maxPerMonth = bad });
            Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
            Assert.Contains("maxPerMonth", await problem.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        await using (var db = app.NewContext()) Assert.Equal(0, await db.MeetingBudgets.CountAsync());

        var set = await asAna.PutAsJsonAsync("/api/me/programme-budget", new { maxPerMonth = 0 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(0, (await set.Content.ReadFromJsonAsync<ProgrammeBudget>())!.MaxPerMonth);
        // Only ever my own: Bo still has the default.
        Assert.Equal(MeetingBudget.Default, (await (await app.ClientForAsync(bo)).GetFromJsonAsync<ProgrammeBudget>("/api/me/programme-budget"))!.MaxPerMonth);
        Assert.Contains("id=\"budget-max\"", await asAna.GetStringAsync("/me/matches"), StringComparison.Ordinal);

        var preview = await ownerClient.GetFromJsonAsync<RoundPreview>("/api/programmes/coffee/rounds/preview");
        Assert.Equal(1, preview!.SkippedForLoad);
        Assert.DoesNotContain(preview.Matches, m => m.People.Any(p => p.Id == ana.Id));
        Assert.Equal(3, preview.Matches.Sum(m => m.People.Count)); // the other three: a trio

        // Budget 1: one round uses it up, and the 30-day count shows it.
        Assert.Equal(HttpStatusCode.OK, (await asAna.PutAsJsonAsync("/api/me/programme-budget", new { maxPerMonth = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ownerClient.PostAsync("/api/programmes/coffee/rounds", null)).StatusCode);
        Assert.Equal(new ProgrammeBudget(1, 1), await asAna.GetFromJsonAsync<ProgrammeBudget>("/api/me/programme-budget"));
    }
}
