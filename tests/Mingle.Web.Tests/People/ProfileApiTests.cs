using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.People;

public class ProfileApiTests
{
    static object Profile(params object[] skills) => new
    {
        preferredName = "Annie",
        bio = "I build **platforms**.",
        languages = "English, Portuguese",
        photoUrl = "https://example.com/ana.png",
        skills,
        interests = new[] { "Climbing", "climbing", "Board games" },
        offers = new[] { "Kubernetes" },
        asks = new[] { "Someone to review my talk" },
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateMyProfile_ReplacesSkillsInterestsOffersAsks(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana").WithSkill("Kubernetes", 2, false, "k8s"));
        var client = await app.ClientForAsync(ana);

        var response = await client.PutAsJsonAsync("/api/me/profile", Profile(
            new { name = "K8S", level = 5, canTeach = true, wantsToLearn = false },
            new { name = "Rust", level = 1, canTeach = false, wantsToLearn = true }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await client.GetFromJsonAsync<JsonElement>($"/api/people/{ana.Id}");
        Assert.Equal("Annie", profile.GetProperty("name").GetString());
        var skills = profile.GetProperty("skills").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s);
        Assert.Equal(["Kubernetes", "Rust"], skills.Keys.Order());
        Assert.Equal(5, skills["Kubernetes"].GetProperty("level").GetInt32());
        Assert.True(skills["Rust"].GetProperty("wantsToLearn").GetBoolean());
        Assert.Equal(["Board games", "Climbing"], profile.GetProperty("interests").EnumerateArray().Select(i => i.GetString()));
        await using var db = app.NewContext();
        Assert.NotNull((await db.Offers.SingleAsync(o => o.PersonId == ana.Id)).SkillId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateSomeoneElsesProfile_Is403_UnlessAdmin(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var admin = await app.AddAsync(A.Person("Admin"));
        await app.GrantAsync(admin, "Admin");

        var asBo = await app.ClientForAsync(bo);
        await ProblemAssert.IsProblemAsync(await asBo.PutAsJsonAsync($"/api/people/{ana.Id}/profile", Profile()), HttpStatusCode.Forbidden);
        await using (var db = app.NewContext())
            Assert.Null((await db.People.SingleAsync(p => p.Id == ana.Id)).PreferredName);

        var asAdmin = await app.ClientForAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await asAdmin.PutAsJsonAsync($"/api/people/{ana.Id}/profile", Profile())).StatusCode);
        await using (var db = app.NewContext())
        {
            Assert.Equal("Annie", (await db.People.SingleAsync(p => p.Id == ana.Id)).PreferredName);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "profile.update" && a.ActorId == admin.Id));
        }
    }

    [Fact]
    public async Task UpdateMyProfile_InvalidInput_Is400_AndNothingSaved()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var ana = await app.AddAsync(A.Person("Ana").WithSkill("Go", 3));
        var client = await app.ClientForAsync(ana);

        var response = await client.PutAsJsonAsync("/api/me/profile", new
        {
            preferredName = "New name",
            photoUrl = "javascript:alert(1)",
            skills = new[] { new { name = "Go", level = 9 } },
            bio = new string('x', 5000),
        });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("photoUrl", out _));
        Assert.True(errors.TryGetProperty("skills[0].level", out _));
        Assert.True(errors.TryGetProperty("bio", out _));
        await using var db = app.NewContext();
        var saved = await db.People.Include(p => p.Skills).SingleAsync(p => p.Id == ana.Id);
        Assert.Null(saved.PreferredName);
        Assert.Equal(3, saved.Skills.Single().Level);
    }

    [Fact]
    public async Task MalformedJson_Is400Problem_WithoutStackTrace()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var client = await app.ClientForAsync(await app.AddAsync(A.Person("Ana")));
        var response = await client.PutAsync("/api/me/profile", new StringContent("{\"skills\": [", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ProfilePage_RendersBioMarkdown_WithoutScripts()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var ana = await app.AddAsync(A.Person("Ana"));
        var client = await app.ClientForAsync(ana);
        await client.PutAsJsonAsync("/api/me/profile", new { bio = "**bold** <script>alert('x')</script> [click](javascript:alert(1))" });

        var html = await client.GetStringAsync($"/people/{ana.Id}");

        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", html, StringComparison.Ordinal);
    }
}
