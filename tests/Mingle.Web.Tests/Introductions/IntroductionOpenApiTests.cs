using System.Text.Json;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Introductions;

public class IntroductionOpenApiTests
{
    [Fact]
    public async Task OpenApiDocument_ListsIntroductionsDiversityAndPosition()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var doc = JsonDocument.Parse(await app.AnonymousClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[]
        {
            "/api/introductions", "/api/introductions/{id}", "/api/introductions/{id}/accept", "/api/introductions/{id}/decline",
            "/api/people/{id}/connector-credit", "/api/me/diversity", "/api/me/position",
        })
            Assert.Contains(path, paths);
    }
}
