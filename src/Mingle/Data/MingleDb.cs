using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Mingle.Audit;
using Mingle.Auth;
using Mingle.Introductions;
using Mingle.Mail;
using Mingle.Network;
using Mingle.People;
using Mingle.Programmes;
using Mingle.Suggestions;

namespace Mingle.Data;

public sealed class MingleDb(DbContextOptions<MingleDb> options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<Skill> Skills => Set<Skill>();

    public DbSet<SkillAlias> SkillAliases => Set<SkillAlias>();

    public DbSet<PersonSkill> PersonSkills => Set<PersonSkill>();

    public DbSet<Interest> Interests => Set<Interest>();

    public DbSet<PersonInterest> PersonInterests => Set<PersonInterest>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<Ask> Asks => Set<Ask>();

    public DbSet<Interaction> Interactions => Set<Interaction>();

    public DbSet<NetworkEntry> NetworkEntries => Set<NetworkEntry>();

    public DbSet<ConnectionRequest> ConnectionRequests => Set<ConnectionRequest>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Introduction> Introductions => Set<Introduction>();

    public DbSet<EmailDelivery> EmailDeliveries => Set<EmailDelivery>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SuggestionDismissal> SuggestionDismissals => Set<SuggestionDismissal>();

    public DbSet<Endorsements.Endorsement> Endorsements => Set<Endorsements.Endorsement>();
    public DbSet<Insights.InsightsPolicy> InsightsPolicies => Set<Insights.InsightsPolicy>();

    public DbSet<Insights.InsightsSnapshot> InsightsSnapshots => Set<Insights.InsightsSnapshot>();

    public DbSet<Insights.InsightsSnapshotClaim> InsightsSnapshotClaims => Set<Insights.InsightsSnapshotClaim>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgrammeMember> ProgrammeMembers => Set<ProgrammeMember>();
    public DbSet<global::Mingle.Kudos.Kudos> Kudos => Set<global::Mingle.Kudos.Kudos>();
    public DbSet<ProgrammeAudienceUnit> ProgrammeAudienceUnits => Set<ProgrammeAudienceUnit>();
    public DbSet<ProgrammeAudienceLocation> ProgrammeAudienceLocations => Set<ProgrammeAudienceLocation>();

    public DbSet<MatchBlock> MatchBlocks => Set<MatchBlock>();

    public DbSet<MeetingBudget> MeetingBudgets => Set<MeetingBudget>();

    public DbSet<ProgrammeRound> ProgrammeRounds => Set<ProgrammeRound>();

    public DbSet<ProgrammeMatch> ProgrammeMatches => Set<ProgrammeMatch>();

    public DbSet<MatchParticipant> MatchParticipants => Set<MatchParticipant>();
    public DbSet<Surveys.Survey> Surveys => Set<Surveys.Survey>();

    public DbSet<Surveys.SurveyResponse> SurveyResponses => Set<Surveys.SurveyResponse>();

    public DbSet<Surveys.SurveyNomination> SurveyNominations => Set<Surveys.SurveyNomination>();

    public DbSet<Mentoring.MentoringApplication> MentoringApplications => Set<Mentoring.MentoringApplication>();

    public DbSet<Mentoring.MentoringPreference> MentoringPreferences => Set<Mentoring.MentoringPreference>();

    public DbSet<Mentoring.MentoringRelationship> MentoringRelationships => Set<Mentoring.MentoringRelationship>();

    public DbSet<Mentoring.MentoringSession> MentoringSessions => Set<Mentoring.MentoringSession>();

    public DbSet<Mentoring.MentoringFeedback> MentoringFeedback => Set<Mentoring.MentoringFeedback>();
    public DbSet<Onboarding.BuddySettings> BuddySettings => Set<Onboarding.BuddySettings>();

    public DbSet<Onboarding.BuddyAssignment> BuddyAssignments => Set<Onboarding.BuddyAssignment>();

    public DbSet<Onboarding.JourneyStep> JourneySteps => Set<Onboarding.JourneyStep>();

    public DbSet<Sponsorship.SponsorshipSettings> SponsorshipSettings => Set<Sponsorship.SponsorshipSettings>();

    public DbSet<Sponsorship.SponsorshipPair> SponsorshipPairs => Set<Sponsorship.SponsorshipPair>();

    public DbSet<Sponsorship.Nomination> Nominations => Set<Sponsorship.Nomination>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTimes back as Unspecified and Npgsql insists on UTC for timestamptz: store UTC, read UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Person>(e =>
        {
            e.HasIndex(p => p.EmployeeId).IsUnique();
            e.HasIndex(p => p.Email).IsUnique();
            e.HasIndex(p => p.Name);
            e.HasIndex(p => new { p.OrgUnitId, p.Status });
            e.HasIndex(p => p.LocationId);
            e.HasIndex(p => p.ManagerId);
            e.Property(p => p.Email).HasMaxLength(254);
            e.Property(p => p.Bio).HasMaxLength(4000);
            e.Property(p => p.PhotoUrl).HasMaxLength(1000);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            e.HasOne(p => p.Manager).WithMany().HasForeignKey(p => p.ManagerId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne(p => p.OrgUnit).WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne(p => p.Location).WithMany().HasForeignKey(p => p.LocationId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(p => p.Skills).WithOne().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Interests).WithOne().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Offers).WithOne().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Asks).WithOne().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.Ignore(p => p.DisplayName);
        });
        modelBuilder.Entity<OrgUnit>(e =>
        {
            e.Property(u => u.Path).HasMaxLength(1000);
            e.HasIndex(u => u.Path).IsUnique();
            e.HasIndex(u => u.ParentId);
            e.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Location>(e => e.HasIndex(l => l.Name).IsUnique());
        modelBuilder.Entity<Skill>(e =>
        {
            e.HasIndex(s => s.NormalizedName).IsUnique();
            e.HasMany(s => s.Aliases).WithOne().HasForeignKey(a => a.SkillId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SkillAlias>(e => e.HasIndex(a => a.Alias).IsUnique());
        modelBuilder.Entity<PersonSkill>(e =>
        {
            e.HasKey(s => new { s.PersonId, s.SkillId });
            e.HasIndex(s => s.SkillId);
            e.HasOne(s => s.Skill).WithMany().HasForeignKey(s => s.SkillId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Interest>(e => e.HasIndex(i => i.NormalizedName).IsUnique());
        modelBuilder.Entity<PersonInterest>(e =>
        {
            e.HasKey(i => new { i.PersonId, i.InterestId });
            e.HasIndex(i => i.InterestId);
            e.HasOne(i => i.Interest).WithMany().HasForeignKey(i => i.InterestId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Offer>(e =>
        {
            e.Property(o => o.Text).HasMaxLength(500);
            e.HasIndex(o => o.PersonId);
            e.HasOne(o => o.Skill).WithMany().HasForeignKey(o => o.SkillId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<Ask>(e =>
        {
            e.Property(o => o.Text).HasMaxLength(500);
            e.HasIndex(o => o.PersonId);
            e.HasOne(o => o.Skill).WithMany().HasForeignKey(o => o.SkillId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<Interaction>(e =>
        {
            e.HasIndex(i => new { i.FromPersonId, i.OccurredAt });
            e.HasIndex(i => new { i.ToPersonId, i.OccurredAt });
            e.HasIndex(i => i.OccurredAt);
            e.Property(i => i.Note).HasMaxLength(2000);
            e.HasOne<Person>().WithMany().HasForeignKey(i => i.FromPersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(i => i.ToPersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<NetworkEntry>(e =>
        {
            e.HasIndex(n => new { n.OwnerId, n.PersonId }).IsUnique();
            e.HasIndex(n => n.PersonId);
            e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(n => n.HowWeMet).HasMaxLength(200);
            e.Property(n => n.WhereWeMet).HasMaxLength(200);
            e.Property(n => n.Tags).HasMaxLength(1000);
            e.Property(n => n.Notes).HasMaxLength(NetworkEntry.MaxNotesLength);
            e.Ignore(n => n.TagList);
            e.HasOne<Person>().WithMany().HasForeignKey(n => n.OwnerId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ConnectionRequest>(e =>
        {
            e.HasIndex(r => new { r.ToPersonId, r.Status });
            e.HasIndex(r => new { r.FromPersonId, r.ToPersonId });
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Message).HasMaxLength(500);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.FromPersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.ToPersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Notification>(e =>
        {
            e.HasIndex(n => n.DedupeKey).IsUnique();
            e.HasIndex(n => new { n.PersonId, n.CreatedAt });
            e.Property(n => n.Kind).HasMaxLength(64);
            e.Property(n => n.Payload).HasMaxLength(2000);
            e.Property(n => n.DedupeKey).HasMaxLength(200);
            e.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(n => n.AboutPersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.ApplyConfiguration(new IntroductionConfiguration());
        modelBuilder.ApplyConfiguration(new EmailDeliveryConfiguration());
        modelBuilder.Entity<RoleGrant>(e =>
        {
            e.HasKey(r => new { r.PersonId, r.Role });
            e.Property(r => r.Role).HasMaxLength(32);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApiToken>(e =>
        {
            e.HasIndex(t => t.Hash).IsUnique();
            e.HasIndex(t => t.PersonId);
            e.Property(t => t.Hash).HasMaxLength(64);
            e.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        var insights = new Insights.InsightsConfiguration();
        modelBuilder.ApplyConfiguration<Insights.InsightsPolicy>(insights).ApplyConfiguration<Insights.InsightsSnapshot>(insights)
            .ApplyConfiguration<Insights.InsightsSnapshotClaim>(insights);
        ProgrammesModel.Configure(modelBuilder);
        Mentoring.MentoringModel.Configure(modelBuilder);
        Onboarding.OnboardingModel.Configure(modelBuilder);
        Sponsorship.SponsorshipModel.Configure(modelBuilder);
        var surveys = new Surveys.SurveysConfiguration();
        modelBuilder.ApplyConfiguration<Surveys.Survey>(surveys).ApplyConfiguration<Surveys.SurveyQuestion>(surveys)
            .ApplyConfiguration<Surveys.SurveyResponse>(surveys).ApplyConfiguration<Surveys.SurveyScaleAnswer>(surveys)
            .ApplyConfiguration<Surveys.SurveyNomination>(surveys);
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.HasIndex(a => a.At);
            e.Property(a => a.Detail).HasMaxLength(4000);
        });
        modelBuilder.ApplyConfiguration(new SuggestionDismissalConfiguration());
        modelBuilder.ApplyConfiguration(new Endorsements.EndorsementConfiguration());
        modelBuilder.ApplyConfiguration(new global::Mingle.Kudos.KudosConfiguration());
    }

    sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
