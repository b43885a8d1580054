using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mingle.People;

namespace Mingle.Introductions;

/// <summary>An introduction names three people; erasing any of them deletes it (privacy rule 6).</summary>
public sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasIndex(i => new { i.ConnectorId, i.CreatedAt });
        builder.HasIndex(i => new { i.PersonAId, i.PersonBId });
        builder.HasIndex(i => i.PersonBId);
        builder.Property(i => i.Reason).HasMaxLength(Introduction.MaxReasonLength);
        builder.Property(i => i.AnswerA).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.AnswerB).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.ConnectorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonAId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonBId).OnDelete(DeleteBehavior.Cascade);
    }
}
