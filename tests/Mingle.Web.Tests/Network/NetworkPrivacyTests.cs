using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Network;

/// <summary>DESIGN.md §3 rule 2: my network is mine, whoever asks (an Admin and an Analyst included).</summary>
public class NetworkPrivacyTests
{
    static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherPerson_AdminOrAnalyst_SeesNothingOfMyNetwork_ThroughAnyEndpoint(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var admin = await app.AddAsync(A.Person("Admin"));
        var analyst = await app.AddAsync(A.Person("Analyst"));
        await app.GrantAsync(admin, "Admin");
        await app.GrantAsync(analyst, "Analyst");
        var asAna = await app.ClientForAsync(ana);
        await asAna.AddContactAsync(bo, new { personId = bo.Id, notes = "SECRET-NOTE", tags = new[] { "secret-tag" }, cadenceDays = 7 });
        var interactionId = (await asAna.LogAsync(bo, "help received", Today.AddDays(-30), "SECRET-LOG")).GetProperty("id").GetInt64();
        await asAna.LogAsync(bo, "help received", Today.AddDays(-20));
        await asAna.LogAsync(bo, "help received", Today.AddDays(-10));
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<KeepInTouchReminders>().RunAsync(Today, default));
        var before = await SnapshotAsync(app);

        foreach (var other in new[] { bo, admin, analyst })
        {
            var client = await app.ClientForAsync(other);
            // Direct object access: 404, exactly as for something that does not exist.
            await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/me/network/{bo.Id}"), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/me/network/{bo.Id}", new { notes = "x" }), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/me/network/{bo.Id}"), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(
                await client.PostAsJsonAsync($"/api/me/network/{bo.Id}/snooze", new { until = Today.AddDays(3) }), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/me/interactions/{interactionId}"), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/me/interactions/{interactionId}"), HttpStatusCode.NotFound);

            // Lists show only the caller's own (empty) data, even filtered on Ana or Bo.
            foreach (var url in new[]
            {
                "/api/me/network", "/api/me/network?tag=secret-tag", "/api/me/due", "/api/me/notifications", "/api/me/connection-requests",
                $"/api/me/interactions?with={ana.Id}", $"/api/me/interactions?with={bo.Id}", "/api/me/interactions",
            })
            {
                var body = await client.GetStringAsync(url);
                Assert.Equal("[]", JsonDocument.Parse(body).RootElement.GetProperty("items").GetRawText());
                Assert.DoesNotContain("SECRET", body, StringComparison.Ordinal);
            }
            var balance = await client.GetFromJsonAsync<JsonElement>("/api/me/balance");
            Assert.Equal(0, balance.GetProperty("relationships").GetArrayLength());
            Assert.Equal(0, balance.GetProperty("received").GetInt32());

            // Diversity and structural position are always the caller's own; there is no way to ask about Ana's.
            Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/me/diversity")).GetProperty("ties").GetInt32());
            Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/me/position")).GetProperty("contacts").GetInt32());
            foreach (var url in new[]
            {
                $"/api/people/{ana.Id}/diversity", $"/api/people/{ana.Id}/position", $"/api/me/diversity/{ana.Id}", $"/api/me/position/{ana.Id}",
            })
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }
        Assert.Equal(1, (await asAna.GetFromJsonAsync<JsonElement>("/api/me/diversity")).GetProperty("ties").GetInt32());
        Assert.Equal(1, (await asAna.GetFromJsonAsync<JsonElement>("/api/me/position")).GetProperty("contacts").GetInt32());

        Assert.Equal(before, await SnapshotAsync(app));
        Assert.Contains("SECRET-NOTE", await asAna.GetStringAsync($"/api/me/network/{bo.Id}"), StringComparison.Ordinal);
    }

    static async Task<string> SnapshotAsync(MingleApp app)
    {
        await using var db = app.NewContext();
        var entries = await db.NetworkEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => $"{e.OwnerId}:{e.PersonId}:{e.Notes}:{e.SnoozedUntil}").ToListAsync();
        var interactions = await db.Interactions.AsNoTracking().CountAsync(i => i.Source == InteractionSource.Logged);
        var notifications = await db.Notifications.AsNoTracking().CountAsync();
        return $"{string.Join('|', entries)} {interactions} {notifications}";
    }
}
