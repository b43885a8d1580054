using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mingle.Web.Tests.Expertise;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Network;

/// <summary>The ego-network picture on "My network": my people, and ties between them only where both confirmed (§3 rules 2 and 8).</summary>
public class EgoNetworkPictureTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Picture_ShowsMyPeopleAndTheirMutualTies_NeverSomeoneElsesPrivateContact(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana").InUnit("Eng/Platform"));
        var bo = await app.AddAsync(A.Person("Bo Platform").InUnit("Eng/Platform"));
        var cy = await app.AddAsync(A.Person("Cy Sales").InUnit("Sales/Iberia"));
        var eve = await app.AddAsync(A.Person("Eve Contact").InUnit("Sales/Iberia"));
        var dee = await app.AddAsync(A.Person("Dee Hidden").InUnit("Finance/Tax"));
        await app.ConnectDirectlyAsync(ana, bo);
        await app.ConnectDirectlyAsync(ana, cy);
        await app.ConnectDirectlyAsync(bo, cy);
        var asAna = await app.ClientForAsync(ana);
        await asAna.AddContactAsync(eve);
        // Private, one-sided contacts of my connections: Bo keeps Dee, Cy keeps Eve. Neither may show as a node or a tie.
        await (await app.ClientForAsync(bo)).AddContactAsync(dee);
        await (await app.ClientForAsync(cy)).AddContactAsync(eve);

        var page = await asAna.GetStringAsync("/me/network");

        var svg = Regex.Match(page, "<svg.*?</svg>", RegexOptions.Singleline).Value;
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"ego-title\">Your network: you and 3 people</title>", svg, StringComparison.Ordinal);
        var nodes = Regex.Matches(svg, "data-person-id=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).Order().ToArray();
        Assert.Equal(new[] { bo.Id, cy.Id, eve.Id }.Order().ToArray(), nodes);
        Assert.DoesNotContain("Dee Hidden", page, StringComparison.Ordinal);
        var ties = Regex.Matches(svg, "data-from=\"(\\d+)\" data-to=\"(\\d+)\"").Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).ToArray();
        Assert.Equal([(Math.Min(bo.Id, cy.Id), Math.Max(bo.Id, cy.Id))], ties);
        // Legend names the units with their colours.
        Assert.Contains("Platform <span class=\"hint\">(1)</span>", page, StringComparison.Ordinal);
        Assert.Contains("Iberia <span class=\"hint\">(2)</span>", page, StringComparison.Ordinal);

        var api = await asAna.GetFromJsonAsync<JsonElement>("/api/me/network/picture");
        Assert.Equal(3, api.GetProperty("nodes").GetArrayLength());
        Assert.Equal(1, api.GetProperty("edges").GetArrayLength());
        Assert.Equal(2, api.GetProperty("groups").GetArrayLength());

        // Someone else asking gets their own picture, never Ana's.
        var asDee = await app.ClientForAsync(dee);
        var deePicture = await asDee.GetFromJsonAsync<JsonElement>("/api/me/network/picture");
        Assert.Equal(0, deePicture.GetProperty("nodes").GetArrayLength());
        Assert.DoesNotContain("Bo Platform", await asDee.GetStringAsync("/me/network"), StringComparison.Ordinal);
    }
}
