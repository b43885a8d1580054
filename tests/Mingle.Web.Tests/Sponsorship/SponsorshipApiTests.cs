using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mingle.People;
using Mingle.Privacy;
using Mingle.Sponsorship;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Sponsorship;

public class SponsorshipApiTests
{
    sealed record World(MingleApp App, Person Owner, Person Sara, Person Pia, Person Cy, HttpClient OwnerClient);

    static async Task<World> WorldAsync(string provider)
    {
        var app = await MingleApp.StartAsync(provider);
        var owner = await app.AddAsync(A.Person("Olga").InUnit("People/Programmes"));
        await app.GrantAsync(owner, "ProgrammeOwner");
        var sara = await app.AddAsync(A.Person("Sara").InUnit("Sales/EMEA").AtLevel(7));
        var pia = await app.AddAsync(A.Person("Pia").InUnit("Engineering/Platform").AtLevel(3));
        var cy = await app.AddAsync(A.Person("Cy").InUnit("Finance/Planning").AtLevel(4));
        var client = await app.ClientForAsync(owner);
        var created = await client.PostAsJsonAsync("/api/programmes", new { slug = "sponsors", name = "Sponsorship", type = "sponsorship", enrolAll = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return new World(app, owner, sara, pia, cy, client);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pairing_IsTheOwners_AndChecksLevelReportChainAndCapacity(string provider)
    {
        var w = await WorldAsync(provider);
        await using var _ = w.App;
        var junior = await w.App.AddAsync(A.Person("Leo").InUnit("Legal/Commercial").AtLevel(5));
        var report = await w.App.AddAsync(A.Person("Rui").InUnit("Sales/EMEA").AtLevel(3).ReportingTo(w.Sara));
        var indirect = await w.App.AddAsync(A.Person("Ivo").InUnit("Sales/EMEA").AtLevel(2).ReportingTo(report));

        await ProblemAssert.IsProblemAsync(await (await w.App.ClientForAsync(w.Cy)).PostAsJsonAsync("/api/programmes/sponsors/sponsorship/pairs",
            new { sponsorId = w.Sara.Id, protegeId = w.Pia.Id }), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await (await w.App.ClientForAsync(w.Cy)).GetAsync("/api/programmes/sponsors/sponsorship"), HttpStatusCode.Forbidden);

        async Task<JsonElement> Rejected(int sponsor, int protege) =>
            await ProblemAssert.IsProblemAsync(await w.OwnerClient.PostAsJsonAsync("/api/programmes/sponsors/sponsorship/pairs",
                new { sponsorId = sponsor, protegeId = protege }), HttpStatusCode.BadRequest);
        Assert.True((await Rejected(junior.Id, w.Pia.Id)).GetProperty("errors").TryGetProperty("sponsorId", out JsonElement _)); // level 5 < 6
        Assert.True((await Rejected(w.Sara.Id, indirect.Id)).GetProperty("errors").TryGetProperty("protegeId", out JsonElement _)); // own report chain
        Assert.True((await Rejected(w.Sara.Id, w.Sara.Id)).GetProperty("errors").TryGetProperty("protegeId", out JsonElement _));

        Assert.Equal(HttpStatusCode.OK, (await w.OwnerClient.PutAsJsonAsync("/api/programmes/sponsors/sponsorship/settings",
            new { minSponsorLevel = 6, maxProteges = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await w.OwnerClient.PostAsJsonAsync("/api/programmes/sponsors/sponsorship/pairs",
            new { sponsorId = w.Sara.Id, protegeId = w.Pia.Id })).StatusCode);
        Assert.True((await Rejected(w.Sara.Id, w.Cy.Id)).GetProperty("errors").TryGetProperty("sponsorId", out JsonElement _)); // capacity 1
        await using var db = w.App.NewContext();
        Assert.Equal(1, await db.SponsorshipPairs.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Nominations_AreSeenBySponsorProtegeAndOwnerOnly_OthersGet404(string provider)
    {
        var w = await WorldAsync(provider);
        await using var _ = w.App;
        Assert.Equal(HttpStatusCode.Created, (await w.OwnerClient.PostAsJsonAsync("/api/programmes/sponsors/sponsorship/pairs",
            new { sponsorId = w.Sara.Id, protegeId = w.Pia.Id })).StatusCode);
        var sara = await w.App.ClientForAsync(w.Sara);
        var pia = await w.App.ClientForAsync(w.Pia);
        var cy = await w.App.ClientForAsync(w.Cy);

        var bad = await ProblemAssert.IsProblemAsync(await sara.PostAsJsonAsync("/api/programmes/sponsors/sponsorship/nominations",
            new { protegeId = w.Pia.Id, opportunity = "", kind = "bogus", nominatedOn = "2027-01-01" }), HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        Assert.True(errors.TryGetProperty("opportunity", out JsonElement _) && errors.TryGetProperty("kind", out JsonElement _)
            && errors.TryGetProperty("nominatedOn", out JsonElement _));
        // Cy sponsors nobody: nominating Pia reads as "no such protégé".
        await ProblemAssert.IsProblemAsync(await cy.PostAsJsonAsync("/api/programmes/sponsors/sponsorship/nominations",
            new { protegeId = w.Pia.Id, opportunity = "Team lead, Payments" }), HttpStatusCode.NotFound);

        var created = await sara.PostAsJsonAsync("/api/programmes/sponsors/sponsorship/nominations",
            new { protegeId = w.Pia.Id, opportunity = "Tech lead for the checkout rewrite", kind = "stretch", nominatedOn = "2026-11-20" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var nomination = (await created.Content.ReadFromJsonAsync<NominationView>())!;
        Assert.Equal(("stretch", "pending"), (nomination.Kind, nomination.Outcome));
        var url = $"/api/programmes/sponsors/sponsorship/nominations/{nomination.Id}";

        await ProblemAssert.IsProblemAsync(await cy.GetAsync(url), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await cy.PutAsJsonAsync(url + "/outcome", new { outcome = "successful" }), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await pia.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await w.OwnerClient.GetAsync(url)).StatusCode);
        await ProblemAssert.IsProblemAsync(await pia.PutAsJsonAsync(url + "/outcome", new { outcome = "successful" }), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await sara.PutAsJsonAsync(url + "/outcome", new { outcome = "maybe" }), HttpStatusCode.BadRequest);
        var decided = await (await sara.PutAsJsonAsync(url + "/outcome", new { outcome = "not-selected" })).Content.ReadFromJsonAsync<NominationView>();
        Assert.Equal("not-selected", decided!.Outcome);

        var mine = await pia.GetFromJsonAsync<MySponsorship>("/api/programmes/sponsors/sponsorship/me");
        Assert.Equal(w.Sara.Id, Assert.Single(mine!.AsProtege).Sponsor.Id);
        Assert.Equal("Tech lead for the checkout rewrite", Assert.Single(mine.NominationsOfMe).Opportunity);
        var cySees = await cy.GetFromJsonAsync<MySponsorship>("/api/programmes/sponsors/sponsorship/me");
        Assert.Empty(cySees!.NominationsOfMe);
        Assert.Empty(cySees.NominationsIMade);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Coverage_NamesOnlyGroupsOfAtLeastK_AndBlocksDifferencing(string provider)
    {
        var w = await WorldAsync(provider);
        await using var _ = w.App;
        Assert.Equal(HttpStatusCode.OK, (await w.OwnerClient.PutAsJsonAsync("/api/programmes/sponsors/sponsorship/settings",
            new { minSponsorLevel = 6, maxProteges = 20 })).StatusCode);
        var sara = await w.App.ClientForAsync(w.Sara);
        // 6 protégés in Engineering/Platform, 5 in Support/EMEA, 2 in Legal/Commercial (13; k = 5).
        var groups = new[] { ("Engineering/Platform", 6), ("Support/EMEA", 5), ("Legal/Commercial", 2) };
        var first = true;
        foreach (var (unit, count) in groups)
            for (var i = 0; i < count; i++)
            {
                var p = await w.App.AddAsync(A.Person($"{unit} {i}").InUnit(unit).AtLevel(3));
                Assert.Equal(HttpStatusCode.Created, (await w.OwnerClient.PostAsJsonAsync("/api/programmes/sponsors/sponsorship/pairs",
                    new { sponsorId = w.Sara.Id, protegeId = p.Id })).StatusCode);
                if (unit != "Engineering/Platform" || i >= 2) continue;
                var n = await (await sara.PostAsJsonAsync("/api/programmes/sponsors/sponsorship/nominations",
                    new { protegeId = p.Id, opportunity = "Staff engineer role" })).Content.ReadFromJsonAsync<NominationView>();
                await sara.PutAsJsonAsync($"/api/programmes/sponsors/sponsorship/nominations/{n!.Id}/outcome",
                    new { outcome = first ? "successful" : "not-selected" });
                first = false;
            }

        await ProblemAssert.IsProblemAsync(await sara.GetAsync("/api/programmes/sponsors/sponsorship/coverage"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await w.OwnerClient.GetAsync("/api/programmes/sponsors/sponsorship/coverage?by=shoe-size"), HttpStatusCode.BadRequest);
        var report = await w.OwnerClient.GetFromJsonAsync<CoverageReport>("/api/programmes/sponsors/sponsorship/coverage?by=unit&level=department");
        // Support/EMEA has 5, but naming it too would leave organisation − Platform − Support = the 2 in Legal: it joins "other".
        var named = Assert.Single(report!.Groups);
        Assert.Equal(("Engineering/Platform", 6, 2, 1, 2, 0.5), (named.Name, named.Proteges, named.Nominations, named.Successful, named.Decided, named.SuccessRate));
        Assert.Equal(7, report.Other!.Proteges);
        Assert.Equal((13, 2, 0.5), (report.Proteges, report.Nominations, report.SuccessRate));
        var body = await w.OwnerClient.GetStringAsync("/api/programmes/sponsors/sponsorship/coverage?by=unit&level=department");
        Assert.DoesNotContain("Legal", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Support", body, StringComparison.Ordinal);
        await using var db = w.App.NewContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "programme.sponsorship.coverage" && a.ActorId == w.Owner.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Privacy_ExportShowsMyPairsAndNominations_AndErasureRemovesThem(string provider)
    {
        var w = await WorldAsync(provider);
        await using var _ = w.App;
        Assert.Equal(HttpStatusCode.Created, (await w.OwnerClient.PostAsJsonAsync("/api/programmes/sponsors/sponsorship/pairs",
            new { sponsorId = w.Sara.Id, protegeId = w.Pia.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await (await w.App.ClientForAsync(w.Sara)).PostAsJsonAsync("/api/programmes/sponsors/sponsorship/nominations",
            new { protegeId = w.Pia.Id, opportunity = "Product owner, Search", kind = "role" })).StatusCode);
        await using (var scope = w.App.Services.CreateAsyncScope())
        {
            var export = scope.ServiceProvider.GetRequiredService<PersonalDataExport>();
            var pia = await export.ExportAsync(w.Pia.Id, CancellationToken.None);
            var pair = Assert.Single(pia.Sponsorship!.Pairs);
            Assert.Equal(("protégé", w.Sara.Id, "Product owner, Search"), (pair.MyRole, pair.OtherPersonId, Assert.Single(pair.Nominations).Opportunity));
            var sara = await export.ExportAsync(w.Sara.Id, CancellationToken.None);
            Assert.Equal("sponsor", Assert.Single(sara.Sponsorship!.Pairs).MyRole);
            var cy = await export.ExportAsync(w.Cy.Id, CancellationToken.None);
            Assert.Empty(cy.Sponsorship!.Pairs);
            await scope.ServiceProvider.GetRequiredService<PersonEraser>().EraseAsync(null, w.Pia.Id, CancellationToken.None);
        }
        await using var db = w.App.NewContext();
        Assert.Equal(0, await db.SponsorshipPairs.CountAsync());
        Assert.Equal(0, await db.Nominations.CountAsync());
    }
}
