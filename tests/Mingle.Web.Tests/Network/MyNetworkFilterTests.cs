using System.Text.RegularExpressions;
using Mingle.Web.Tests.Expertise;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Network;

/// <summary>"My network" filters by unit and location; the choices come from my own people only.</summary>
public class MyNetworkFilterTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Page_FiltersByUnitAndLocation_OfferingOnlyMyPeoplesUnitsAndLocations(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana").InUnit("Eng/Platform").At("Lisbon"));
        var bo = await app.AddAsync(A.Person("Bo Platform").InUnit("Eng/Platform").At("Berlin"));
        var cy = await app.AddAsync(A.Person("Cy Sales").InUnit("Sales/Iberia").At("Lisbon"));
        await app.AddAsync(A.Person("Dee Stranger").InUnit("Finance/Tax").At("Oslo"));
        await app.ConnectDirectlyAsync(ana, bo);
        var asAna = await app.ClientForAsync(ana);
        await asAna.AddContactAsync(cy);

        static int[] Rows(string page) => Regex.Matches(Regex.Match(page, "<table class=\"network\">.*?</table>", RegexOptions.Singleline).Value,
            "href=\"/me/network/(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).Order().ToArray();

        var all = await asAna.GetStringAsync("/me/network");
        Assert.Equal(new[] { bo.Id, cy.Id }.Order(), Rows(all));
        // The choices are the units and locations of my people; nobody else's (Finance/Oslo) is offered.
        var filters = Regex.Match(all, "<form method=\"get\" class=\"filters\".*?</form>", RegexOptions.Singleline).Value;
        Assert.Contains($"<option value=\"{cy.OrgUnitId}\">Iberia</option>", filters, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{bo.LocationId}\">Berlin</option>", filters, StringComparison.Ordinal);
        Assert.DoesNotContain("Oslo", filters, StringComparison.Ordinal);
        Assert.DoesNotContain(">Tax<", filters, StringComparison.Ordinal);

        Assert.Equal([cy.Id], Rows(await asAna.GetStringAsync($"/me/network?unit={cy.OrgUnitId}")));
        Assert.Equal([bo.Id], Rows(await asAna.GetStringAsync($"/me/network?location={bo.LocationId}")));
        Assert.Empty(Rows(await asAna.GetStringAsync($"/me/network?unit={cy.OrgUnitId}&location={bo.LocationId}")));
    }
}
