using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mingle.People;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Auth;

public class AuthenticationTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Api_WithoutCredentials_Returns401ProblemDetails(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var client = app.AnonymousClient();
        foreach (var url in new[] { "/api/me", "/api/people", "/api/people/1", "/api/org-units", "/api/skills" })
            await ProblemAssert.IsProblemAsync(await client.GetAsync(url), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Me_WithBearerToken_ReturnsMyProfileAndRoles(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana Silva").Titled("People Analyst").InUnit("People/Analytics"));
        await app.GrantAsync(ana, "Analyst");
        var client = await app.ClientForAsync(ana);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal("Ana Silva", me.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal("Analytics", me.GetProperty("profile").GetProperty("unit").GetString());
        Assert.Equal(new[] { "Analyst" }, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Token_Expired_Or_PersonLeft_IsRejected(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var bo = await app.AddAsync(A.Person("Bo"));
        var shortLived = await app.ClientForAsync(bo);
        Assert.Equal(HttpStatusCode.OK, (await shortLived.GetAsync("/api/me")).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(31));
        await ProblemAssert.IsProblemAsync(await shortLived.GetAsync("/api/me"), HttpStatusCode.Unauthorized);

        var fresh = await app.ClientForAsync(bo);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/me")).StatusCode);
        await using (var db = app.NewContext())
        {
            await db.People.Where(p => p.Id == bo.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PersonStatus.Left));
        }
        await ProblemAssert.IsProblemAsync(await fresh.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_Garbage_Returns401()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "mgl_not-a-real-token");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DevSignIn_SetsCookie_AndCookieDiesWhenPersonLeaves()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var cy = await app.AddAsync(A.Person("Cy Park"));
        var browser = app.AnonymousClient();

        var signIn = await DevSignInAsync(browser, cy.Id);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("Cy Park", me.GetProperty("profile").GetProperty("name").GetString());

        await using (var db = app.NewContext())
        {
            await db.People.Where(p => p.Id == cy.Id).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, PersonStatus.Left).SetProperty(p => p.SecurityStamp, "changed"));
        }
        await ProblemAssert.IsProblemAsync(await browser.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DevSignIn_InProduction_IsNotOffered()
    {
        await using var app = await MingleApp.StartAsync("Sqlite", environment: "Production");
        var cy = await app.AddAsync(A.Person("Cy Park"));
        var browser = app.AnonymousClient();

        var page = await browser.GetStringAsync("/signin");
        Assert.DoesNotContain("dev-signin", page, StringComparison.Ordinal);
        var post = await browser.PostAsync("/auth/dev-signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["personId"] = cy.Id.ToString() }));
        Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"got {post.StatusCode}");
    }

    [Fact]
    public async Task SignIn_ReturnUrl_ToAnotherSite_GoesHomeInstead()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var cy = await app.AddAsync(A.Person("Cy Park"));
        var browser = app.AnonymousClient();

        var response = await DevSignInAsync(browser, cy.Id, "//evil.example/steal");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Page_WithoutSignIn_RedirectsToSignIn()
    {
        await using var app = await MingleApp.StartAsync("Sqlite");
        var response = await app.AnonymousClient().GetAsync("/people");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>Posts the sign-in form the way a browser would: antiforgery token from the page and its cookie.</summary>
    internal static async Task<HttpResponseMessage> DevSignInAsync(HttpClient browser, int personId, string returnUrl = "/")
    {
        var page = await browser.GetStringAsync("/signin");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "sign-in page has an antiforgery token");
        return await browser.PostAsync("/auth/dev-signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["personId"] = personId.ToString(),
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }
}
