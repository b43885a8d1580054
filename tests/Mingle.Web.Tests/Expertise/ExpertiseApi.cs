using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mingle.Network;
using Mingle.People;
using Mingle.Web.Tests.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Expertise;

/// <summary>Intent-revealing calls and data set-up for the expertise and suggestions tests.</summary>
public static class ExpertiseApi
{
    public static async Task<JsonElement[]> ExpertsAsync(this HttpClient client, string q, int? limit = null)
    {
        var url = "/api/experts?q=" + Uri.EscapeDataString(q) + (limit is null ? "" : $"&limit={limit}");
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("items").EnumerateArray()];
    }

    public static async Task<JsonElement[]> SuggestionsAsync(this HttpClient client) => await client.ItemsAsync("/api/me/suggestions");

    public static int[] Path(this JsonElement expert) => [.. expert.GetProperty("path").EnumerateArray().Select(p => p.GetInt32())];

    public static string[] Reasons(this JsonElement row) => [.. row.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)];

    public static JsonElement For(this JsonElement[] rows, Person person) =>
        Assert.Single(rows, r => r.GetProperty("personId").GetInt32() == person.Id);

    public static bool Lists(this JsonElement[] rows, Person person) => rows.Any(r => r.GetProperty("personId").GetInt32() == person.Id);

    /// <summary>A mutual connection made the real way: a request through the API, accepted by the other side.</summary>
    public static async Task ConnectAsync(this MingleApp app, Person a, Person b)
    {
        var asA = await app.ClientForAsync(a);
        var asB = await app.ClientForAsync(b);
        await asA.AddContactAsync(b, new { personId = b.Id, kind = "connection" });
        var request = Assert.Single(await asB.ItemsAsync("/api/me/connection-requests"), r => r.GetProperty("direction").GetString() == "incoming");
        var accepted = await asB.PostAsync($"/api/me/connection-requests/{request.GetProperty("id").GetInt32()}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    /// <summary>Both sides' entries written directly (as the accept flow leaves them), for larger set-ups.</summary>
    public static async Task ConnectDirectlyAsync(this MingleApp app, Person a, Person b)
    {
        await using var db = app.NewContext();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        db.NetworkEntries.AddRange(
            new NetworkEntry { OwnerId = a.Id, PersonId = b.Id, Kind = NetworkEntryKind.Connection, CreatedAt = now, UpdatedAt = now },
            new NetworkEntry { OwnerId = b.Id, PersonId = a.Id, Kind = NetworkEntryKind.Connection, CreatedAt = now, UpdatedAt = now });
        await db.SaveChangesAsync();
    }

    public static async Task WantsToLearnAsync(this MingleApp app, Person person, string skill)
    {
        await using var db = app.NewContext();
        var normalized = Skill.Normalize(skill);
        var entity = db.Skills.SingleOrDefault(s => s.NormalizedName == normalized) ?? new Skill { Name = skill, NormalizedName = normalized };
        db.PersonSkills.Add(new PersonSkill { PersonId = person.Id, Skill = entity, Level = 1, WantsToLearn = true });
        var row = await db.People.FindAsync(person.Id);
        row!.UpdatedAt = app.Clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
    }
}
