using System.Net;
using System.Text.Json;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests;

public class HostTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Health_ChecksTheDatabase(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var response = await app.AnonymousClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheApi_AndReferencePageIsServed()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var client = app.AnonymousClient();
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/me", "/api/me/profile", "/api/people", "/api/people/{id}", "/api/org-units", "/api/org-units/{id}", "/api/skills" })
            Assert.Contains(path, paths);
        var reference = await client.GetAsync("/api-reference/");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("openapi/v1.json", await reference.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
