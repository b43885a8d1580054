using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mingle.People;

namespace Mingle.Surveys;

/// <summary>EF configuration of the survey tables, applied from MingleDb.</summary>
public sealed class SurveysConfiguration :
    IEntityTypeConfiguration<Survey>, IEntityTypeConfiguration<SurveyQuestion>, IEntityTypeConfiguration<SurveyResponse>,
    IEntityTypeConfiguration<SurveyScaleAnswer>, IEntityTypeConfiguration<SurveyNomination>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.ConfidentialityStatement).HasMaxLength(4000);
        builder.Property(s => s.AudienceUnits).HasMaxLength(2000);
        builder.Ignore(s => s.AudienceUnitIds);
        builder.HasIndex(s => s.ClosesAt);
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.CreatedById).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(500);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.HasIndex(r => new { r.SurveyId, r.RespondentId }).IsUnique();
        builder.HasIndex(r => r.RespondentId);
        builder.Property(r => r.Comment).HasMaxLength(SurveyRules.MaxCommentLength);
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.RespondentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.ScaleAnswers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Nominations).WithOne().HasForeignKey(n => n.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SurveyScaleAnswer> builder) =>
        builder.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);

    public void Configure(EntityTypeBuilder<SurveyNomination> builder)
    {
        builder.HasIndex(n => n.NomineeId);
        builder.HasOne<SurveyQuestion>().WithMany().HasForeignKey(n => n.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.NomineeId).OnDelete(DeleteBehavior.Cascade);
    }
}
