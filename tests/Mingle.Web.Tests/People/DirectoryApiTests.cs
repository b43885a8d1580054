using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.People;

public class DirectoryApiTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_MatchesNameTitleSkillAliasInterestAndOffer(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana Silva").Titled("Platform Engineer").InUnit("Engineering/Platform")
            .WithSkill("Kubernetes", 4, canTeach: true, "k8s").WithInterest("Climbing"));
        var bo = await app.AddAsync(A.Person("Bo Chen").Titled("Account Executive").InUnit("Sales/EMEA")
            .Offering("Negotiation coaching"));
        await app.AddAsync(A.Person("Gone Person").Titled("Platform Engineer").InUnit("Engineering/Platform").WhoLeft());
        var client = await app.ClientForAsync(ana);

        Assert.Equal([ana.Id], await IdsAsync(client, "/api/people?q=silva"));
        Assert.Equal([ana.Id], await IdsAsync(client, "/api/people?q=platform"));
        Assert.Equal([ana.Id], await IdsAsync(client, "/api/people?q=K8S"));
        Assert.Equal([ana.Id], await IdsAsync(client, "/api/people?q=climbing"));
        Assert.Equal([bo.Id], await IdsAsync(client, "/api/people?q=negotiation"));
        Assert.Equal([ana.Id], await IdsAsync(client, "/api/people?q=platform kubernetes"));
        Assert.Empty(await IdsAsync(client, "/api/people?q=platform negotiation"));
        Assert.Empty(await IdsAsync(client, "/api/people?q=100%25"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_FiltersByUnitIncludingSubUnits_LocationSkillAndPages(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var people = new List<int>();
        for (var i = 0; i < 5; i++)
            people.Add((await app.AddAsync(A.Person($"Eng {i}").InUnit(i < 3 ? "Engineering/Platform" : "Engineering/Data").At("Lisbon")
                .WithSkill(i % 2 == 0 ? "Go" : "Rust"))).Id);
        var sales = await app.AddAsync(A.Person("Sam Sales").InUnit("Sales").At("London").WithSkill("Go"));
        var client = await app.ClientForAsync(sales);
        var units = await client.GetFromJsonAsync<JsonElement>("/api/org-units");
        int Unit(string path) => units.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("path").GetString() == path).GetProperty("id").GetInt32();

        Assert.Equal(people.Order(), (await IdsAsync(client, $"/api/people?unit={Unit("Engineering")}")).Order());
        Assert.Equal(people.Take(3).Order(), (await IdsAsync(client, $"/api/people?unit={Unit("Engineering/Platform")}")).Order());
        Assert.Equal([people[0], people[2], people[4], sales.Id], (await IdsAsync(client, "/api/people?skill=go&pageSize=100")).Order());

        var page2 = await client.GetFromJsonAsync<JsonElement>($"/api/people?unit={Unit("Engineering")}&page=2&pageSize=2");
        Assert.Equal(5, page2.GetProperty("total").GetInt32());
        Assert.Equal(2, page2.GetProperty("items").GetArrayLength());
        var page3 = await client.GetFromJsonAsync<JsonElement>($"/api/people?unit={Unit("Engineering")}&page=3&pageSize=2");
        Assert.Equal(1, page3.GetProperty("items").GetArrayLength());
        Assert.Equal("Lisbon", page3.GetProperty("items")[0].GetProperty("location").GetString());
    }

    [Theory]
    [InlineData("/api/people?pageSize=1000", "pageSize")]
    [InlineData("/api/people?page=0", "page")]
    [InlineData("/api/people?level=11", "level")]
    [InlineData("/api/people?unit=999999", "unit")]
    public async Task Search_BadParameters_Return400WithTheField(string url, string field)
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var client = await app.ClientForAsync(await app.AddAsync(A.Person("Ana")));
        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Search_NonNumericPage_Returns400Problem()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var client = await app.ClientForAsync(await app.AddAsync(A.Person("Ana")));
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/people?page=abc"), HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetPerson_ShowsPublicProfile_AndUnknownIs404(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var boss = await app.AddAsync(A.Person("Boss").Titled("Director"));
        var ana = await app.AddAsync(A.Person("Ana").ReportingTo(boss).WithSkill("SQL", 5, canTeach: true));
        var client = await app.ClientForAsync(ana);

        var profile = await client.GetFromJsonAsync<JsonElement>($"/api/people/{ana.Id}");
        Assert.Equal(boss.Id, profile.GetProperty("manager").GetProperty("id").GetInt32());
        var skill = profile.GetProperty("skills")[0];
        Assert.Equal("SQL", skill.GetProperty("name").GetString());
        Assert.True(skill.GetProperty("canTeach").GetBoolean());
        var bossView = await client.GetFromJsonAsync<JsonElement>($"/api/people/{boss.Id}");
        Assert.Equal(ana.Id, bossView.GetProperty("reports")[0].GetProperty("id").GetInt32());

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/people/999999"), HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OrgUnit_ShowsMembersSubUnitsAndManagerChain(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ceo = await app.AddAsync(A.Person("Ceo").InUnit("Co").AtLevel(10));
        var vp = await app.AddAsync(A.Person("Vp").InUnit("Co/Eng").AtLevel(8).ReportingTo(ceo));
        var lead = await app.AddAsync(A.Person("Lead").InUnit("Co/Eng/Platform").AtLevel(6).ReportingTo(vp));
        await app.AddAsync(A.Person("Dev").InUnit("Co/Eng/Platform").AtLevel(3).ReportingTo(lead));
        var client = await app.ClientForAsync(ceo);
        var units = await client.GetFromJsonAsync<JsonElement>("/api/org-units");
        var platform = units.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("path").GetString() == "Co/Eng/Platform");
        var eng = units.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("path").GetString() == "Co/Eng");
        Assert.Equal(3, eng.GetProperty("totalHeadcount").GetInt32());

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/org-units/{platform.GetProperty("id").GetInt32()}");

        Assert.Equal(new[] { "Lead", "Vp", "Ceo" }, detail.GetProperty("managerChain").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).ToArray());
        Assert.Equal(2, detail.GetProperty("members").GetArrayLength());
        Assert.Equal(new[] { "Co", "Eng" }, detail.GetProperty("ancestors").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).ToArray());
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/org-units/999999"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Skills_SearchByAlias_CountsPeople()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var ana = await app.AddAsync(A.Person("Ana").WithSkill("Kubernetes", 3, false, "k8s"));
        await app.AddAsync(A.Person("Bo").WithSkill("Kubernetes"));
        var client = await app.ClientForAsync(ana);
        var skills = await client.GetFromJsonAsync<JsonElement>("/api/skills?q=k8s");
        var k8s = skills.GetProperty("items")[0];
        Assert.Equal("Kubernetes", k8s.GetProperty("name").GetString());
        Assert.Equal(2, k8s.GetProperty("people").GetInt32());
    }

    static async Task<int[]> IdsAsync(HttpClient client, string url)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(url);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];
    }
}
