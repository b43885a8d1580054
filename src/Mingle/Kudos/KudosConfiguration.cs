using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mingle.People;
using Mingle.Programmes;

namespace Mingle.Kudos;

/// <summary>Both people cascade (erasure removes kudos given and received); a deleted skill or match only unlinks.</summary>
public sealed class KudosConfiguration : IEntityTypeConfiguration<Kudos>
{
    public void Configure(EntityTypeBuilder<Kudos> builder)
    {
        builder.Property(k => k.Message).HasMaxLength(Kudos.MaxMessageLength);
        builder.HasIndex(k => new { k.ToPersonId, k.CreatedAt });
        builder.HasIndex(k => new { k.FromPersonId, k.CreatedAt });
        builder.HasIndex(k => k.MatchId);
        builder.HasOne<Person>().WithMany().HasForeignKey(k => k.FromPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(k => k.ToPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Skill>().WithMany().HasForeignKey(k => k.SkillId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ProgrammeMatch>().WithMany().HasForeignKey(k => k.MatchId).OnDelete(DeleteBehavior.SetNull);
    }
}
