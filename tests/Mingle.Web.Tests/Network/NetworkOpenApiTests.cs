using System.Text.Json;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Network;

public class NetworkOpenApiTests
{
    [Fact]
    public async Task OpenApiDocument_ListsTheMyNetworkApi()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var doc = JsonDocument.Parse(await app.AnonymousClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[]
        {
            "/api/me/network", "/api/me/network/{personId}", "/api/me/network/{personId}/snooze", "/api/me/due",
            "/api/me/connection-requests", "/api/me/connection-requests/{id}/accept", "/api/me/connection-requests/{id}/decline",
            "/api/me/interactions", "/api/me/interactions/{id}", "/api/me/balance", "/api/me/notifications",
        })
            Assert.Contains(path, paths);
    }
}
