using Microsoft.Playwright;
using Mingle.BrowserTests.Pages;
using Mingle.BrowserTests.Support;
using Mingle.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.BrowserTests;

[Collection(BrowserCollection.Name)]
public class InsightsBrowserTests(BrowserFixture fixture)
{
    /// <summary>Two departments that talk among themselves and one that keeps to itself.</summary>
    async Task<Mingle.People.Person> PlantAsync()
    {
        var app = fixture.App;
        var groups = new Dictionary<string, List<Mingle.People.Person>>();
        foreach (var (name, size) in new[] { ("Harbour", 9), ("Lighthouse", 8), ("Island", 8) })
        {
            groups[name] = [];
            for (var i = 0; i < size; i++) groups[name].Add(await app.AddAsync(A.Person($"{name} Keeper {i}").InUnit($"Seaside/{name}")));
        }
        await using var db = app.NewContext();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        void Tie(Mingle.People.Person a, Mingle.People.Person b)
        {
            foreach (var ago in new[] { 2, 9 })
                db.Interactions.Add(new Interaction { FromPersonId = a.Id, ToPersonId = b.Id, Type = InteractionType.Meeting, OccurredAt = now.AddDays(-ago) });
        }
        foreach (var g in groups.Values)
            for (var i = 0; i < g.Count; i++)
                for (var j = i + 1; j < g.Count; j++) Tie(g[i], g[j]);
        for (var i = 0; i < 4; i++) Tie(groups["Harbour"][i], groups["Lighthouse"][i]);
        await db.SaveChangesAsync();
        var analyst = groups["Harbour"][0];
        await app.GrantAsync(analyst, "Analyst");
        return analyst;
    }

    [Fact]
    public async Task Analyst_SeesTheHeatmapAndTheSilo_EmployeeIsDenied()
    {
        var analyst = await PlantAsync();
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsAsync(analyst.Name, analyst.Email);
        var dashboard = new InsightsDashboardPage(page);

        await dashboard.OpenHeatmapAsync();

        await Assertions.Expect(dashboard.Heading("Who talks to whom")).ToBeVisibleAsync();
        await Assertions.Expect(dashboard.RenderedHeatmap).ToBeVisibleAsync();
        var data = await dashboard.HeatmapData.TextContentAsync();
        Assert.Contains("\"name\":\"Harbour\"", data, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Island\"", data, StringComparison.Ordinal);

        await dashboard.OpenSilosAsync();
        await Assertions.Expect(dashboard.SiloUnits).ToContainTextAsync("Island");

        var employee = await fixture.App.AddAsync(A.Person("Nosy Parker"));
        var other = await fixture.NewPageAsync();
        await new SignInPage(other).SignInAsAsync("Nosy Parker", employee.Email);
        var denied = new InsightsDashboardPage(other);
        await denied.OpenHeatmapAsync();
        await Assertions.Expect(denied.Heading("Not allowed")).ToBeVisibleAsync();
        var api = await other.APIRequest.GetAsync("/api/insights/heatmap");
        Assert.Equal(403, api.Status);
    }
}
