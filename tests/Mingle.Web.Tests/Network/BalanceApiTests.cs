using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Network;

public class BalanceApiTests
{
    static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Balance_FlagsTakingAndGiving_WithASentenceAndAWayToGiveBack(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var me = await app.AddAsync(A.Person("Me").WithSkill("Kubernetes").Offering("Reviewing slide decks"));
        var ana = await app.AddAsync(A.Person("Ana").Asking("Help with KUBERNETES upgrades").Asking("A good book on Go").Asking("reviewing slide decks"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var cy = await app.AddAsync(A.Person("Cy"));
        var asMe = await app.ClientForAsync(me);
        for (var i = 0; i < 5; i++) await asMe.LogAsync(ana, "help received", Today.AddDays(-10 * i));
        await asMe.LogAsync(ana, "help received", Today.AddDays(-120)); // outside the window
        for (var i = 0; i < 3; i++) await asMe.LogAsync(bo, "help given", Today.AddDays(-i));
        await asMe.LogAsync(cy, "help given", Today);
        await asMe.LogAsync(cy, "help received", Today);
        await asMe.LogAsync(cy, "coffee", Today); // not help, not counted

        var report = await asMe.GetFromJsonAsync<JsonElement>("/api/me/balance?window=90d");

        Assert.Equal(90, report.GetProperty("windowDays").GetInt32());
        Assert.Equal(4, report.GetProperty("given").GetInt32());
        Assert.Equal(6, report.GetProperty("received").GetInt32());
        var byPerson = report.GetProperty("relationships").EnumerateArray().ToDictionary(r => r.PersonId());
        Assert.Equal("taking", byPerson[ana.Id].GetProperty("lopsided").GetString());
        Assert.Equal("You have asked Ana for help 5 times in 3 months and offered nothing.", byPerson[ana.Id].GetProperty("message").GetString());
        Assert.Equal(["Help with KUBERNETES upgrades", "reviewing slide decks"],
            byPerson[ana.Id].GetProperty("giveBack").EnumerateArray().Select(a => a.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("giving", byPerson[bo.Id].GetProperty("lopsided").GetString());
        Assert.Equal("You have helped Bo 3 times in 3 months and asked for nothing back.", byPerson[bo.Id].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, byPerson[cy.Id].GetProperty("lopsided").ValueKind);
        Assert.Equal(1, byPerson[cy.Id].GetProperty("given").GetInt32());

        var longer = await asMe.GetFromJsonAsync<JsonElement>("/api/me/balance?window=180d");
        Assert.Equal(7, longer.GetProperty("received").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Balance_MalformedWindow_Is400(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var client = await app.ClientForAsync(await app.AddAsync(A.Person("Ana")));
        foreach (var window in new[] { "abc", "0d", "9999d", "90" })
            await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/me/balance?window={window}"), HttpStatusCode.BadRequest);
    }
}
