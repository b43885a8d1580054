using System.Net;
using System.Net.Http.Json;
using Mingle.Network;
using Mingle.Web.Tests.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Expertise;

/// <summary>DESIGN §3 rule 8: warm paths and recommendations use only mutual connections and the formal structure;
/// rule 2: my suggestions and dismissals are mine.</summary>
public class ExpertisePrivacyTests
{
    static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WarmPath_NeverGoesThroughPrivateContacts_LoggedInteractions_OrUnansweredRequests(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana Asker").InUnit("Eng/Platform"));
        var tom = await app.AddAsync(A.Person("Tom Teammate").InUnit("Eng/Platform"));
        var kim = await app.AddAsync(A.Person("Kim Kube").InUnit("Ops/Cloud").WithSkill("Kubernetes", 5, canTeach: true));
        var asAna = await app.ClientForAsync(ana);
        var asTom = await app.ClientForAsync(tom);
        // Every private tie there is: my own contact and log with Kim, Tom's contact, notes and log with Kim,
        // Kim's one-sided contact with Tom, and a connection request from Tom that Kim never answered.
        await asAna.AddContactAsync(kim, new { personId = kim.Id, notes = "met at the summit" });
        await asAna.LogAsync(kim, "coffee", Today.AddDays(-3));
        await asTom.AddContactAsync(kim, new { personId = kim.Id, kind = "connection", notes = "knows k8s" });
        await asTom.LogAsync(kim, "help received", Today.AddDays(-2));
        await (await app.ClientForAsync(kim)).AddContactAsync(tom);

        var expert = (await asAna.ExpertsAsync("kubernetes")).For(kim);

        Assert.Empty(expert.Path());
        Assert.Contains("No warm path within 4 steps: reach out directly", expert.Reasons());

        // The same tie made mutual (Kim accepts) is a path: the test above would have seen one.
        var request = Assert.Single(await (await app.ClientForAsync(kim)).ItemsAsync("/api/me/connection-requests"));
        var accepted = await (await app.ClientForAsync(kim)).PostAsync($"/api/me/connection-requests/{request.GetProperty("id").GetInt32()}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal([ana.Id, tom.Id, kim.Id], (await asAna.ExpertsAsync("kubernetes")).For(kim).Path());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Suggestions_FriendsOfFriends_UseMutualConnectionsOnly(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana Asker").InUnit("Eng/Platform"));
        var tom = await app.AddAsync(A.Person("Tom Friend").InUnit("Eng/Data"));
        var zed = await app.AddAsync(A.Person("Zed Mutual").InUnit("Sales/North"));
        var pam = await app.AddAsync(A.Person("Pam Private").InUnit("Sales/South"));
        await app.ConnectDirectlyAsync(ana, tom);
        await app.ConnectDirectlyAsync(tom, zed);
        var asTom = await app.ClientForAsync(tom);
        await asTom.AddContactAsync(pam, new { personId = pam.Id, notes = "private" });
        await asTom.LogAsync(pam, "coffee", Today.AddDays(-1));

        var suggestions = await (await app.ClientForAsync(ana)).SuggestionsAsync();

        Assert.Contains("You both know Tom Friend", suggestions.For(zed).Reasons());
        Assert.False(suggestions.Lists(pam), "Tom's private contact and log must not surface Pam");
        Assert.False(suggestions.Lists(tom), "people already in my network are not suggested");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Suggestions_AreOnlyMine_AndDismissalsArePerPerson(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana Learner").InUnit("Eng/Platform").Asking("Looking for a Rust reviewer"));
        var bo = await app.AddAsync(A.Person("Bo Learner").InUnit("Eng/Data"));
        var admin = await app.AddAsync(A.Person("Ada Admin").InUnit("Eng/Data"));
        await app.GrantAsync(admin, "Admin");
        var teacher = await app.AddAsync(A.Person("Rita Rust").InUnit("Ops/Tools").WithSkill("Rust", 5, canTeach: true));
        await app.WantsToLearnAsync(ana, "Rust");
        await app.WantsToLearnAsync(bo, "Rust");
        var asAna = await app.ClientForAsync(ana);
        var asBo = await app.ClientForAsync(bo);
        var asAdmin = await app.ClientForAsync(admin);

        Assert.Contains("Can teach Rust, which you asked for (“Looking for a Rust reviewer”)", (await asAna.SuggestionsAsync()).For(teacher).Reasons());
        var dismissed = await asAna.PostAsync($"/api/me/suggestions/{teacher.Id}/dismiss", null);
        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);

        Assert.False((await asAna.SuggestionsAsync()).Lists(teacher));
        var bos = await asBo.SuggestionsAsync();
        Assert.Contains("Can teach Rust, which you want to learn", bos.For(teacher).Reasons());
        foreach (var other in new[] { asBo, asAdmin })
        {
            var body = await other.GetStringAsync("/api/me/suggestions");
            Assert.DoesNotContain("Looking for a Rust reviewer", body, StringComparison.Ordinal); // Ana's reasons are Ana's
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/me/suggestions/{ana.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/people/{ana.Id}/suggestions")).StatusCode);
        }
        await using var db = app.NewContext();
        var row = Assert.Single(db.SuggestionDismissals);
        Assert.Equal((ana.Id, teacher.Id, (DateOnly?)null), (row.PersonId, row.SuggestedPersonId, row.Until));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NotNow_HidesUntilTheDate_ThenTheSuggestionComesBack(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana Learner").InUnit("Eng/Platform"));
        var teacher = await app.AddAsync(A.Person("Gus Go").InUnit("Ops/Tools").WithSkill("Go", 4, canTeach: true));
        await app.WantsToLearnAsync(ana, "Go");
        var asAna = await app.ClientForAsync(ana);

        var response = await asAna.PostAsJsonAsync($"/api/me/suggestions/{teacher.Id}/not-now", new { until = Today.AddDays(7) });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False((await asAna.SuggestionsAsync()).Lists(teacher));

        app.Clock.Advance(TimeSpan.FromDays(6));
        Assert.False((await asAna.SuggestionsAsync()).Lists(teacher));
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await asAna.SuggestionsAsync()).Lists(teacher));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DismissAndNotNow_BadInput_IsAProblem_AndNothingIsSaved(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var client = await app.ClientForAsync(ana);

        await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/me/suggestions/{ana.Id}/dismiss", null), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await client.PostAsync("/api/me/suggestions/999999/dismiss", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync($"/api/me/suggestions/{bo.Id}/not-now", new { until = Today }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync($"/api/me/suggestions/{bo.Id}/not-now", new { until = Today.AddDays(400) }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync($"/api/me/suggestions/{bo.Id}/not-now", new { until = "soon" }), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/me/suggestions")).StatusCode);

        await using var db = app.NewContext();
        Assert.Empty(db.SuggestionDismissals);
        var defaulted = await client.PostAsync($"/api/me/suggestions/{bo.Id}/not-now", null);
        Assert.Equal(HttpStatusCode.NoContent, defaulted.StatusCode);
        Assert.Equal(Today.AddDays(30), Assert.Single(db.SuggestionDismissals).Until);
    }
}
