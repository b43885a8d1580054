using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Introductions;
using Mingle.People;
using Mingle.Web.Tests.Expertise;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Endorsements;

public class EndorsementApiTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Endorse_OncePerColleague_CountsShowOnProfile_AndWithdrawWorks(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var bo = await app.AddAsync(A.Person("Bo Builder").WithSkill("Kubernetes", 4).WithSkill("Rust", 2));
        var ana = await app.AddAsync(A.Person("Ana"));
        var cy = await app.AddAsync(A.Person("Cy"));
        var kubernetes = await SkillIdAsync(app, "Kubernetes");
        var asAna = await app.ClientForAsync(ana);
        var asCy = await app.ClientForAsync(cy);
        var url = $"/api/people/{bo.Id}/skills/{kubernetes}/endorsements";

        await EndorseAsync(asAna, url);
        var twice = await EndorseAsync(asAna, url); // endorsing again changes nothing
        Assert.Equal((1, true), Row(twice, "Kubernetes"));
        Assert.Equal((2, true), Row(await EndorseAsync(asCy, url), "Kubernetes"));
        Assert.Equal((0, false), Row(await asCy.GetFromJsonAsync<JsonElement>($"/api/people/{bo.Id}/endorsements"), "Rust"));

        var profile = await asAna.GetStringAsync($"/people/{bo.Id}");
        Assert.Contains("endorsed by 2 colleagues", profile, StringComparison.Ordinal);
        Assert.Contains("Withdraw endorsement", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("Withdraw endorsement", await (await app.ClientForAsync(bo)).GetStringAsync($"/people/{bo.Id}"), StringComparison.Ordinal);

        var withdrawn = await asAna.DeleteAsync(url);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal((1, false), Row(await withdrawn.Content.ReadFromJsonAsync<JsonElement>(), "Kubernetes"));
        await ProblemAssert.IsProblemAsync(await asAna.DeleteAsync(url), HttpStatusCode.NotFound);
        await using var db = app.NewContext();
        Assert.Equal([cy.Id], await db.Endorsements.Where(e => e.PersonId == bo.Id).Select(e => e.EndorserId).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Endorse_Yourself_AnUndeclaredOrLearningSkill_OrNobody_IsAProblem_AndSavesNothing(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var bo = await app.AddAsync(A.Person("Bo").WithSkill("Kubernetes", 4));
        var ana = await app.AddAsync(A.Person("Ana").WithSkill("Go", 3));
        await app.WantsToLearnAsync(bo, "Haskell");
        var (kubernetes, go, haskell) = (await SkillIdAsync(app, "Kubernetes"), await SkillIdAsync(app, "Go"), await SkillIdAsync(app, "Haskell"));
        var asAna = await app.ClientForAsync(ana);
        var asBo = await app.ClientForAsync(bo);

        await ProblemAssert.IsProblemAsync(await asBo.PostAsync($"/api/people/{bo.Id}/skills/{kubernetes}/endorsements", null), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await asAna.PostAsync($"/api/people/{bo.Id}/skills/{go}/endorsements", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await asAna.PostAsync($"/api/people/{bo.Id}/skills/{haskell}/endorsements", null), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await asAna.PostAsync($"/api/people/999999/skills/{kubernetes}/endorsements", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await asAna.PostAsync($"/api/people/{bo.Id}/skills/999999/endorsements", null), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().PostAsync($"/api/people/{bo.Id}/skills/{kubernetes}/endorsements", null)).StatusCode);

        await using var db = app.NewContext();
        Assert.False(await db.Endorsements.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Experts_RankEndorsedPeopleHigher_AndCountIntroductionsMadeOnTheTopic(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var me = await app.AddAsync(A.Person("Mia Me").InUnit("Eng/Web"));
        var plain = await app.AddAsync(A.Person("Pat Plain").InUnit("Ops/A").WithSkill("Terraform", 3));
        var endorsed = await app.AddAsync(A.Person("Eli Endorsed").InUnit("Ops/B").WithSkill("Terraform", 3));
        var connector = await app.AddAsync(A.Person("Cora Connector").InUnit("Ops/C"));
        var colleagues = new List<Person>();
        for (var i = 0; i < 3; i++) colleagues.Add(await app.AddAsync(A.Person($"Col {i}").InUnit("Ops/D")));
        var terraform = await SkillIdAsync(app, "Terraform");
        foreach (var c in colleagues) await EndorseAsync(await app.ClientForAsync(c), $"/api/people/{endorsed.Id}/skills/{terraform}/endorsements");
        await using (var db = app.NewContext())
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            Introduction Intro(string reason, DateTime? accepted) => new()
            {
                ConnectorId = connector.Id,
                PersonAId = colleagues[0].Id,
                PersonBId = colleagues[1].Id,
                Reason = reason,
                AnswerA = IntroductionAnswer.Accepted,
                AnswerB = accepted is null ? IntroductionAnswer.Pending : IntroductionAnswer.Accepted,
                CreatedAt = now.AddDays(-3),
                ExpiresAt = now.AddDays(11),
                AcceptedAt = accepted,
            };
            db.Introductions.AddRange(
                Intro("Col 0 is stuck on Terraform state; Col 1 untangled ours last year.", now.AddDays(-1)),
                Intro("Both of you are migrating modules to Terraform.", now.AddDays(-2)),
                Intro("Terraform again, but still waiting for an answer.", null),
                Intro("You both like chess.", now.AddDays(-1)));
            await db.SaveChangesAsync();
        }

        var experts = await (await app.ClientForAsync(me)).ExpertsAsync("terraform");

        Assert.True(Array.FindIndex(experts, e => e.GetProperty("personId").GetInt32() == endorsed.Id)
            < Array.FindIndex(experts, e => e.GetProperty("personId").GetInt32() == plain.Id), "endorsed ranks above the same level without");
        Assert.Contains("Endorsed for Terraform by 3 colleagues", experts.For(endorsed).Reasons());
        Assert.DoesNotContain(experts.For(plain).Reasons(), r => r.StartsWith("Endorsed", StringComparison.Ordinal));
        // Two accepted introductions mention Terraform; the pending one and the chess one do not count.
        Assert.Contains("Introduced 2 pairs of colleagues about “terraform” who both said yes", experts.For(connector).Reasons());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_ShowsGivenAndReceived_AndErase_RemovesEndorsementsByAndOfThePerson(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var bo = await app.AddAsync(A.Person("Bo").WithSkill("Kubernetes", 4));
        var ana = await app.AddAsync(A.Person("Ana").WithSkill("Go", 3));
        var cy = await app.AddAsync(A.Person("Cy").WithSkill("Go", 3));
        var (kubernetes, go) = (await SkillIdAsync(app, "Kubernetes"), await SkillIdAsync(app, "Go"));
        var asAna = await app.ClientForAsync(ana);
        await EndorseAsync(asAna, $"/api/people/{bo.Id}/skills/{kubernetes}/endorsements");
        await EndorseAsync(await app.ClientForAsync(bo), $"/api/people/{ana.Id}/skills/{go}/endorsements");
        await EndorseAsync(asAna, $"/api/people/{cy.Id}/skills/{go}/endorsements");
        await EndorseAsync(await app.ClientForAsync(cy), $"/api/people/{ana.Id}/skills/{go}/endorsements");

        var export = JsonDocument.Parse(await asAna.GetStringAsync("/api/me/export")).RootElement.GetProperty("endorsements");
        var rows = export.EnumerateArray().Select(r => (r.GetProperty("direction").GetString(),
            r.GetProperty("personId").ValueKind == JsonValueKind.Null ? (int?)null : r.GetProperty("personId").GetInt32(),
            r.GetProperty("skill").GetString())).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains(("given", bo.Id, "Kubernetes"), rows);
        Assert.Contains(("given", cy.Id, "Go"), rows);
        // Received endorsements name the skill, not who gave them (the profile shows counts only).
        Assert.Equal(2, rows.Count(r => r == ("received", null, "Go")));

        var response = await (await app.ClientForAsync(admin)).DeleteAsync($"/api/admin/people/{ana.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = app.NewContext();
        Assert.False(await db.Endorsements.AnyAsync(e => e.EndorserId == ana.Id || e.PersonId == ana.Id));
        Assert.Equal(0, await db.Endorsements.CountAsync());
    }

    static async Task<JsonElement> EndorseAsync(HttpClient client, string url)
    {
        var response = await client.PostAsync(url, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static (int Count, bool Mine) Row(JsonElement list, string skill)
    {
        var row = Assert.Single(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("skill").GetString() == skill);
        return (row.GetProperty("count").GetInt32(), row.GetProperty("endorsedByMe").GetBoolean());
    }

    static async Task<int> SkillIdAsync(MingleApp app, string name)
    {
        await using var db = app.NewContext();
        var normalized = Skill.Normalize(name);
        return await db.Skills.Where(s => s.NormalizedName == normalized).Select(s => s.Id).SingleAsync();
    }
}
