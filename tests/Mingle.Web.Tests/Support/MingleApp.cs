using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Mingle.Auth;
using Mingle.Data;
using Mingle.People;
using Mingle.Tests.Support;

namespace Mingle.Web.Tests.Support;

/// <summary>The real web app on a fresh database of the given provider, with a controllable clock.</summary>
public sealed class MingleApp : WebApplicationFactory<Program>
{
    readonly TestDatabase database;
    readonly string environment;
    readonly int seedPeople;
    readonly IReadOnlyDictionary<string, string> settings;

    MingleApp(TestDatabase database, string environment, int seedPeople = 0, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.database = database;
        this.environment = environment;
        this.seedPeople = seedPeople;
        this.settings = settings ?? new Dictionary<string, string>();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public static async Task<MingleApp> StartAsync(string provider, string environment = "Testing",
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new MingleApp(await TestDatabase.CreateAsync(provider), environment, 0, settings);
        _ = app.Server; // start now, so migrations and start-up errors surface here
        return app;
    }

    /// <summary>The app as a first start sees it: an empty database that start-up seeds with the demo organisation.</summary>
    public static async Task<MingleApp> StartSeededAsync(string provider, int people)
    {
        var app = new MingleApp(await TestDatabase.CreateAsync(provider), "Testing", people);
        _ = app.Server;
        return app;
    }

    /// <summary>The app on a real Kestrel port, for a real browser.</summary>
    public static async Task<MingleApp> StartOnKestrelAsync(string provider = "Sqlite", int seedPeople = 0)
    {
        var app = new MingleApp(await TestDatabase.CreateAsync(provider), "Testing", seedPeople);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", database.Settings.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Mingle", database.Settings.ConnectionString);
        builder.UseSetting("Demo:SeedPeople", seedPeople.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (environment != "Production") builder.UseSetting("Auth:DevSignIn", "true");
        builder.UseSetting("Jobs:Enabled", "false"); // tests run jobs themselves unless a test turns the schedule on
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public MingleDb NewContext() => database.NewContext();

    /// <summary>Saves people built with <see cref="A"/> and returns them with their ids.</summary>
    public async Task<Person> AddAsync(PersonBuilder builder)
    {
        await using var db = NewContext();
        var person = await builder.SaveAsync(db);
        return person;
    }

    public async Task GrantAsync(Person person, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RoleGrants>().GrantAsync(person.Email, role, null, default);
    }

    /// <summary>An HTTP client acting as the person through a personal API token.</summary>
    public async Task<HttpClient> ClientForAsync(Person person)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(person));
        return client;
    }

    public async Task<string> TokenForAsync(Person person, int days = 30)
    {
        await using var scope = Services.CreateAsyncScope();
        var (token, _) = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(person.Email, days, default);
        return token;
    }

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
