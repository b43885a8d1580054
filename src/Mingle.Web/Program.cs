using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Mingle;
using Mingle.Data;
using Mingle.Web;
using Mingle.Web.Auth;
using Mingle.Web.Components;
using Mingle.Web.Endpoints;
using Mingle.Web.Errors;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
// Serve framework files (blazor.web.js) from the build output in every environment, not only Development;
// published apps carry them in wwwroot and this is then a no-op.
builder.WebHost.UseStaticWebAssets();
var devSignIn = AuthSetup.DevSignInEnabled(builder.Configuration, builder.Environment);
var oidc = AuthSetup.OidcEnabled(builder.Configuration);

builder.Services.AddMingleCore(DatabaseSettings.From(builder.Configuration));
builder.Services.AddMingleAuth(builder.Configuration);
builder.Services.AddSingleton(new SignInOptions(devSignIn, oidc));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddRazorComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddHttpContextAccessor();
if (ScheduledJobs.Enabled(builder.Configuration)) builder.Services.AddHostedService<ScheduledJobs>();
if (Mingle.Web.Jobs.InsightsSnapshotJob.Enabled(builder.Configuration, builder.Environment))
    builder.Services.AddHostedService<Mingle.Web.Jobs.InsightsSnapshotJob>();
if (Mingle.Web.Programmes.ProgrammeScheduler.Enabled(builder.Configuration, builder.Environment)) builder.Services.AddHostedService<Mingle.Web.Programmes.ProgrammeScheduler>();
builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = 64 * 1024 * 1024);

var app = builder.Build();

await StartupTasks.PrepareDatabaseAsync(app.Services, app.Configuration, app.Logger, app.Lifetime.ApplicationStopping);

app.UseExceptionHandler("/error");
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpenApi();
app.MapScalarApiReference("/api-reference", o => o.WithTitle("Mingle API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
app.MapHealthChecks("/health");
app.MapAuthEndpoints(devSignIn, oidc);
app.MapPeopleApi();
app.MapOrgUnitApi();
app.MapAdminApi();
app.MapPrivacyApi();
app.MapNetworkApi();
app.MapIntroductionApi();
app.MapEndorsementApi();
app.MapKudosApi();
app.MapReachApi();
app.MapExpertiseApi();
app.MapInsightsApi();
app.MapProgrammeApi();
app.MapSurveysApi();
app.MapMentoringApi();
app.MapOnboardingApi();
app.MapSponsorshipApi();
app.MapRazorComponents<App>();

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
        app.Logger.LogWarning("Mingle is running: open {Url}{Hint}", url, devSignIn ? " (development sign-in is on)" : "");
});

await app.RunAsync();

public partial class Program;
