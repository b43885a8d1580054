using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mingle.Audit;
using Mingle.Auth;
using Mingle.Data;
using Mingle.Demo;
using Mingle.Expertise;
using Mingle.Import;
using Mingle.Insights;
using Mingle.Introductions;
using Mingle.Mail;
using Mingle.Network;
using Mingle.People;
using Mingle.Privacy;
using Mingle.Programmes;
using Mingle.Reach;
using Mingle.Suggestions;

namespace Mingle;

public static class MingleServices
{
    /// <summary>Registers the database and the core services shared by the web app and the CLI.</summary>
    public static IServiceCollection AddMingleCore(this IServiceCollection services, DatabaseSettings settings)
    {
        settings.EnsureSqliteFolder();
        services.AddSingleton(settings);
        services.AddDbContext<MingleDb>(o => o.UseMingleDatabase(settings));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditLog>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<RoleGrants>();
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<ProfileEditor>();
        services.AddScoped<OrgChart>();
        services.AddScoped<SkillCatalogue>();
        services.AddScoped<PeopleImport>();
        services.AddScoped<InteractionImport>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<PersonEraser>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<MyNetwork>();
        services.AddScoped<EgoNetwork>();
        services.AddScoped<Endorsements.SkillEndorsements>();
        services.AddScoped<Kudos.KudosLedger>();
        services.AddScoped<InteractionLog>();
        services.AddScoped<GiveTakeBalance>();
        services.AddScoped<Notifications>();
        services.AddScoped<KeepInTouchReminders>();
        services.AddScoped<Surveys.SurveyReminders>();
        services.AddScoped<Introducer>();
        services.AddScoped<NotificationMailer>();
        services.AddScoped<NetworkDiversity>();
        services.AddScoped<StructuralPosition>();
        services.AddSingleton(sp => sp.GetService<IConfiguration>() is { } configuration
            ? MailSettings.Read(configuration)
            : new MailSettings(null, 25, "mingle@localhost"));
        services.AddSingleton(sp => ExpertiseOptions.From(sp.GetService<IConfiguration>()));
        services.AddSingleton<ExpertiseIndex>();
        services.AddScoped<ExpertFinder>();
        services.AddScoped<PeopleYouShouldKnow>();
        services.AddSingleton(sp => InsightsOptions.From(sp.GetService<Microsoft.Extensions.Configuration.IConfiguration>()));
        services.AddSingleton<InsightsCache>();
        services.AddScoped<InsightsService>();
        services.AddScoped<NamedInsights>();
        services.AddScoped<ProgrammeImpactService>();
        services.AddScoped<InsightsExport>();
        services.AddScoped<InsightsSnapshots>();
        services.AddScoped<ProgrammeDirectory>();
        services.AddScoped<CoffeeRounds>();
        services.AddScoped<Mentoring.MentoringApplications>();
        services.AddScoped<Mentoring.MentoringCohorts>();
        services.AddScoped<Mentoring.MentoringRelationships>();
        services.AddScoped<Surveys.SurveyService>();
        services.AddScoped<Surveys.SurveyResultsService>();
        services.AddScoped<Onboarding.BuddyProgramme>();
        services.AddScoped<Onboarding.BuddyJourneyReminders>();
        services.AddScoped<Sponsorship.SponsorshipProgramme>();
        services.AddScoped<Sponsorship.SponsorshipCoverage>();
        return services;
    }

    /// <summary>Applies pending migrations; SQLite also gets WAL mode so readers don't block the writer.</summary>
    public static async Task MigrateAsync(this MingleDb db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        if (!db.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
