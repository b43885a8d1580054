using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Expertise;

/// <summary>DESIGN §3 rule 6 for suggestion dismissals: exported to their owner only, erased with either person.</summary>
public class SuggestionDataRightsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_HoldsMyDismissals_ButNotOthersDismissalsOfMe(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana Owner"));
        var bo = await app.AddAsync(A.Person("Bo Dismissed"));
        var asAna = await app.ClientForAsync(ana);
        Assert.Equal(HttpStatusCode.NoContent, (await asAna.PostAsync($"/api/me/suggestions/{bo.Id}/dismiss", null)).StatusCode);

        var mine = JsonDocument.Parse(await asAna.GetStringAsync("/api/me/export")).RootElement;
        var theirs = JsonDocument.Parse(await (await app.ClientForAsync(bo)).GetStringAsync("/api/me/export")).RootElement;

        var row = Assert.Single(mine.GetProperty("suggestionDismissals").EnumerateArray());
        Assert.Equal(bo.Id, row.GetProperty("personId").GetInt32());
        Assert.Equal("Bo Dismissed", row.GetProperty("personName").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("until").ValueKind);
        Assert.Equal(0, theirs.GetProperty("suggestionDismissals").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Erase_RemovesDismissalsByAndOfThePerson(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var admin = await app.AddAsync(A.Person("Ada Admin"));
        await app.GrantAsync(admin, "Admin");
        var bo = await app.AddAsync(A.Person("Bo Erased"));
        var carl = await app.AddAsync(A.Person("Carl"));
        var dee = await app.AddAsync(A.Person("Dee"));
        var asBo = await app.ClientForAsync(bo);
        var asCarl = await app.ClientForAsync(carl);
        Assert.Equal(HttpStatusCode.NoContent, (await asBo.PostAsync($"/api/me/suggestions/{carl.Id}/dismiss", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await asCarl.PostAsync($"/api/me/suggestions/{bo.Id}/not-now", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await asCarl.PostAsync($"/api/me/suggestions/{dee.Id}/dismiss", null)).StatusCode);

        var response = await (await app.ClientForAsync(admin)).DeleteAsync($"/api/admin/people/{bo.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = app.NewContext();
        Assert.False(await db.SuggestionDismissals.AnyAsync(d => d.PersonId == bo.Id || d.SuggestedPersonId == bo.Id));
        Assert.True(await db.SuggestionDismissals.AnyAsync(d => d.PersonId == carl.Id && d.SuggestedPersonId == dee.Id));
    }
}
