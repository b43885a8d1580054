using Microsoft.EntityFrameworkCore;
using Mingle.People;
using Mingle.Programmes;

namespace Mingle.Sponsorship;

/// <summary>EF configuration of the sponsorship tables; applied from MingleDb. Pairs (and with them their
/// nominations) cascade on either person's erasure.</summary>
public static class SponsorshipModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SponsorshipSettings>(e =>
        {
            e.HasKey(s => s.ProgrammeId);
            e.HasOne<Programme>().WithOne().HasForeignKey<SponsorshipSettings>(s => s.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SponsorshipPair>(e =>
        {
            e.HasIndex(p => new { p.ProgrammeId, p.ProtegeId });
            e.HasIndex(p => p.SponsorId);
            e.HasIndex(p => p.ProtegeId);
            e.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(p => p.SponsorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(p => p.ProtegeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Nominations).WithOne().HasForeignKey(n => n.PairId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Nomination>(e =>
        {
            e.Property(n => n.Opportunity).HasMaxLength(200);
            e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(n => n.Outcome).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(n => n.PairId);
        });
    }
}
