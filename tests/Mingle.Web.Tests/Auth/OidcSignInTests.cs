using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Auth;

/// <summary>The real OIDC handler against a real (local) provider: code flow with PKCE, person matched by email.</summary>
public class OidcSignInTests
{
    static async Task<(MingleApp App, TestIdentityProvider Idp)> StartAsync()
    {
        var idp = await TestIdentityProvider.StartAsync();
        var app = await MingleApp.StartAsync("Sqlite", settings: new Dictionary<string, string>
        {
            ["Auth:Oidc:Authority"] = idp.Authority,
            ["Auth:Oidc:ClientId"] = TestIdentityProvider.ClientId,
            ["Auth:Oidc:ClientSecret"] = TestIdentityProvider.ClientSecret,
            ["Auth:Oidc:RequireHttpsMetadata"] = "false",
        });
        // The handler dates its nonce with the app's clock; keep that clock at the real time the provider uses.
        app.Clock.SetUtcNow(TimeProvider.System.GetUtcNow());
        return (app, idp);
    }

    /// <summary>Follows the redirects a browser would: Mingle → provider → Mingle callback.</summary>
    static async Task<HttpResponseMessage> SignInThroughProviderAsync(HttpClient browser, string returnUrl)
    {
        var challenge = await browser.GetAsync($"/auth/oidc?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var authorize = await provider.GetAsync(challenge.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        return await browser.GetAsync(authorize.Headers.Location!.PathAndQuery);
    }

    static HttpClient Browser(MingleApp app) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"), // the handler's correlation and nonce cookies are Secure
    });

    [Fact]
    public async Task Oidc_KnownEmail_SignsInAsThatPerson_AndReturnsToThePage()
    {
        var (app, idp) = await StartAsync();
        await using var _ = app;
        await using var __ = idp;
        var ana = await app.AddAsync(A.Person("Ana Oidc"));
        idp.NextEmail = ana.Email.ToUpperInvariant(); // providers do not promise our casing
        var browser = Browser(app);

        var callback = await SignInThroughProviderAsync(browser, "/people");

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/people", callback.Headers.Location!.OriginalString);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(ana.Id, me.GetProperty("profile").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Oidc_UnknownOrDepartedEmail_IsRefused_BackToSignInPage()
    {
        var (app, idp) = await StartAsync();
        await using var _ = app;
        await using var __ = idp;
        var gone = await app.AddAsync(A.Person("Gone Oidc").WhoLeft());

        foreach (var email in new[] { "stranger@elsewhere.example", gone.Email })
        {
            idp.NextEmail = email;
            var browser = Browser(app);
            var callback = await SignInThroughProviderAsync(browser, "/");
            Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
            Assert.StartsWith("/signin?error=oidc", callback.Headers.Location!.OriginalString, StringComparison.Ordinal);
            await ProblemAssert.IsProblemAsync(await browser.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task SignInPage_OffersCompanySignIn_WhenOidcIsConfigured()
    {
        var (app, idp) = await StartAsync();
        await using var _ = app;
        await using var __ = idp;
        var page = await app.AnonymousClient().GetStringAsync("/signin");
        Assert.Contains("Sign in with your company account", page, StringComparison.Ordinal);
    }
}
