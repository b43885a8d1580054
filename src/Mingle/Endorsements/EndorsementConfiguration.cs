using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mingle.People;

namespace Mingle.Endorsements;

public sealed class EndorsementConfiguration : IEntityTypeConfiguration<Endorsement>
{
    public void Configure(EntityTypeBuilder<Endorsement> builder)
    {
        builder.HasIndex(e => new { e.PersonId, e.SkillId, e.EndorserId }).IsUnique();
        builder.HasIndex(e => e.EndorserId);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.EndorserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Skill>().WithMany().HasForeignKey(e => e.SkillId).OnDelete(DeleteBehavior.Cascade);
    }
}
