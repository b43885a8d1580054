using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mingle.Network;
using Mingle.People;

namespace Mingle.Web.Tests.Network;

/// <summary>Intent-revealing calls to the "My network" API for tests.</summary>
public static class NetworkApi
{
    public static async Task<JsonElement> AddContactAsync(this HttpClient client, Person person, object? details = null)
    {
        var response = await client.PostAsJsonAsync("/api/me/network", details ?? new { personId = person.Id });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> LogAsync(this HttpClient client, Person person, string type, DateOnly date, string? note = null)
    {
        var response = await client.PostAsJsonAsync("/api/me/interactions", new { personId = person.Id, type, date, note });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement[]> ItemsAsync(this HttpClient client, string url)
    {
        var body = await client.GetFromJsonAsync<JsonElement>(url);
        return [.. body.GetProperty("items").EnumerateArray()];
    }

    public static int PersonId(this JsonElement networkRow) => networkRow.GetProperty("person").GetProperty("id").GetInt32();

    /// <summary>A record another Mingle feature would have written (coffee match, kudos…).</summary>
    public static Interaction Platform(Person from, Person to, InteractionType type, DateTime at) => new()
    {
        FromPersonId = from.Id,
        ToPersonId = to.Id,
        Type = type,
        Direction = Interaction.DefaultDirection(type),
        OccurredAt = at,
        Source = InteractionSource.Platform,
    };
}
