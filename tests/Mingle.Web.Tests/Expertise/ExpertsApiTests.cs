using System.Net;
using System.Text.Json;
using Mingle.Network;
using Mingle.Web.Tests.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Expertise;

public class ExpertsApiTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ByAlias_FindsTheExpert_WithReasons_AndAWarmPathThroughMyTeammate(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana Asker").InUnit("Eng/Platform"));
        var tom = await app.AddAsync(A.Person("Tom Teammate").InUnit("Eng/Platform"));
        var kim = await app.AddAsync(A.Person("Kim Kube").InUnit("Ops/Cloud").WithSkill("Kubernetes", 5, canTeach: true, "k8s"));
        await app.ConnectAsync(tom, kim);
        var asAna = await app.ClientForAsync(ana);

        var experts = await asAna.ExpertsAsync("k8s");

        var first = experts[0];
        Assert.Equal(kim.Id, first.GetProperty("personId").GetInt32());
        Assert.Equal("Kim Kube", first.GetProperty("name").GetString());
        Assert.Equal([ana.Id, tom.Id, kim.Id], first.Path());
        var reasons = first.Reasons();
        Assert.Contains("Declares Kubernetes (matches “k8s”) at level 5 of 5", reasons);
        Assert.Contains("Can teach Kubernetes", reasons);
        Assert.Contains("Warm introduction through Tom Teammate (your teammate)", reasons);
        Assert.True(first.GetProperty("score").GetDouble() > 0);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_RanksByEvidence_ThenReachability_AndLoad(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var me = await app.AddAsync(A.Person("Mia Me").InUnit("Eng/Web"));
        var teacher = await app.AddAsync(A.Person("Tess Teacher").InUnit("Ops/A").WithSkill("Terraform", 5, canTeach: true));
        var dabbler = await app.AddAsync(A.Person("Dan Dabbler").InUnit("Ops/B").WithSkill("Terraform", 2));
        var beginner = await app.AddAsync(A.Person("Bea Beginner").InUnit("Ops/C").WithSkill("Terraform", 1));
        var offerer = await app.AddAsync(A.Person("Otto Offer").InUnit("Ops/D").Offering("Happy to review Terraform modules"));
        var titled = await app.AddAsync(A.Person("Tia Titled").InUnit("Ops/E").Titled("Terraform Platform Lead"));
        // Same evidence as Dan, but one step away (my teammate) — ranks above him.
        var near = await app.AddAsync(A.Person("Nat Near").InUnit("Eng/Web").WithSkill("Terraform", 2));
        // Same evidence as Dan, but busy: 20 help interactions recorded by the platform this quarter.
        var busy = await app.AddAsync(A.Person("Bo Busy").InUnit("Ops/B").WithSkill("Terraform", 2));
        await using (var db = app.NewContext())
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 20; i++)
                db.Interactions.Add(NetworkApi.Platform(busy, dabbler, InteractionType.Help, now.AddDays(-i)));
            await db.SaveChangesAsync();
        }
        var client = await app.ClientForAsync(me);

        var experts = await client.ExpertsAsync("terraform");

        var order = experts.Select(e => e.GetProperty("personId").GetInt32()).ToList();
        Assert.DoesNotContain(beginner.Id, order); // level 1 without can-teach is not expertise
        Assert.Equal(teacher.Id, order[0]);
        Assert.True(order.IndexOf(near.Id) < order.IndexOf(dabbler.Id), "reachable ranks above unreachable with equal evidence");
        Assert.True(order.IndexOf(dabbler.Id) < order.IndexOf(busy.Id), "a heavily asked person ranks a little lower");
        Assert.Contains(experts.For(busy).Reasons(), r => r.StartsWith("Already helped others 20 times", StringComparison.Ordinal));
        Assert.Contains("Offers to help: “Happy to review Terraform modules”", experts.For(offerer).Reasons());
        Assert.Contains("Title: Terraform Platform Lead", experts.For(titled).Reasons());
        Assert.Equal([me.Id, near.Id], experts.For(near).Path());
        Assert.Contains("Your teammate — ask directly", experts.For(near).Reasons());
        Assert.Empty(experts.For(dabbler).Path());
        Assert.Contains("No warm path within 4 steps: reach out directly", experts.For(dabbler).Reasons());
        Assert.DoesNotContain(me.Id, order);

        Assert.Equal(2, (await client.ExpertsAsync("terraform", limit: 2)).Length);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_FindsBiosAndReportingLines(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var boss = await app.AddAsync(A.Person("Bianca Boss").InUnit("Eng"));
        var me = await app.AddAsync(A.Person("Rui Report").InUnit("Eng/Web").ReportingTo(boss));
        var peer = await app.AddAsync(A.Person("Pia Peer").InUnit("Eng/Data").ReportingTo(boss));
        await using (var db = app.NewContext())
        {
            var row = await db.People.FindAsync(peer.Id);
            row!.Bio = "I spent five years on **accessibility** audits.";
            await db.SaveChangesAsync();
        }

        var experts = await (await app.ClientForAsync(me)).ExpertsAsync("accessibility");

        var pia = Assert.Single(experts);
        Assert.Contains("Their bio mentions it", pia.Reasons());
        Assert.Equal([me.Id, boss.Id, peer.Id], pia.Path());
        Assert.Contains("Warm introduction through Bianca Boss (your manager)", pia.Reasons());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_BadInput_Is400ProblemDetails(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var me = await app.AddAsync(A.Person("Val Validator"));
        var client = await app.ClientForAsync(me);

        foreach (var url in new[]
        {
            "/api/experts", "/api/experts?q=", "/api/experts?q=%20%20", "/api/experts?q=" + new string('x', 101),
            "/api/experts?q=the", "/api/experts?q=go&limit=0", "/api/experts?q=go&limit=51", "/api/experts?q=go&limit=abc",
        })
        {
            await ProblemAssert.IsProblemAsync(await client.GetAsync(url), HttpStatusCode.BadRequest);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/experts?q=go")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExpertsAndSuggestions_AreInTheOpenApiDocument(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);

        var doc = JsonDocument.Parse(await app.AnonymousClient().GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/experts", out var experts));
        var parameters = experts.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("q", parameters);
        Assert.Contains("limit", parameters);
        Assert.True(paths.TryGetProperty("/api/me/suggestions", out _));
        Assert.True(paths.TryGetProperty("/api/me/suggestions/{personId}/dismiss", out _));
        Assert.True(paths.TryGetProperty("/api/me/suggestions/{personId}/not-now", out _));
    }
}
