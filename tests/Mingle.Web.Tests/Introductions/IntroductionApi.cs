using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mingle.People;

namespace Mingle.Web.Tests.Introductions;

/// <summary>Intent-revealing calls to the introductions API for tests.</summary>
public static class IntroductionApi
{
    public static async Task<int> IntroduceAsync(this HttpClient client, Person a, Person b, string reason = "You both work on search")
    {
        var response = await client.PostAsJsonAsync("/api/introductions", new { personAId = a.Id, personBId = b.Id, reason });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> AnswerAsync(this HttpClient client, int id, string answer)
    {
        var response = await client.PostAsync($"/api/introductions/{id}/{answer}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> IntroductionAsync(this HttpClient client, int id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/introductions/{id}");

    public static string Status(this JsonElement introduction) => introduction.GetProperty("status").GetString()!;
}
