using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mingle.Insights;

/// <summary>EF configuration of the insights tables, applied from MingleDb.</summary>
public sealed class InsightsConfiguration : IEntityTypeConfiguration<InsightsPolicy>, IEntityTypeConfiguration<InsightsSnapshot>,
    IEntityTypeConfiguration<InsightsSnapshotClaim>
{
    public void Configure(EntityTypeBuilder<InsightsSnapshotClaim> builder) =>
        builder.HasKey(c => new { c.WeekStart, c.WindowDays });

    public void Configure(EntityTypeBuilder<InsightsPolicy> builder) =>
        builder.Property(p => p.Id).ValueGeneratedNever();

    public void Configure(EntityTypeBuilder<InsightsSnapshot> builder)
    {
        builder.HasIndex(s => new { s.WindowDays, s.UnitId, s.WeekStart }).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(400);
    }
}
