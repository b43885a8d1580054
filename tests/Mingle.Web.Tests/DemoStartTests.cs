using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.Demo;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests;

public class DemoStartTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FirstStart_OnEmptyDatabase_SeedsABelievableOrganisation(string provider)
    {
        await using var app = await MingleApp.StartSeededAsync(provider, people: 300);
        await using var db = app.NewContext();
        var analyst = await db.People.SingleAsync(p => p.Email == DemoLogins.Analyst);
        var client = await app.ClientForAsync(analyst);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Contains("Analyst", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var everyone = await client.GetFromJsonAsync<JsonElement>("/api/people?pageSize=1");
        Assert.InRange(everyone.GetProperty("total").GetInt32(), 290, 300); // active people; a few may have left
        var units = (await client.GetFromJsonAsync<JsonElement>("/api/org-units")).GetProperty("items").EnumerateArray().ToList();
        Assert.True(units.Count(u => u.GetProperty("depth").GetInt32() == 0) >= 5, "several divisions");
        Assert.Contains(units, u => u.GetProperty("levelName").GetString() == "team");
        Assert.True(await db.Interactions.CountAsync() > 300 * 5, "months of interaction history");
        Assert.True(await db.Locations.Select(l => l.Country).Distinct().CountAsync() >= 3);

        var withSkill = await client.GetFromJsonAsync<JsonElement>("/api/people?skill=kubernetes");
        Assert.True(withSkill.GetProperty("total").GetInt32() > 0, "engineers list Kubernetes");
    }
}
