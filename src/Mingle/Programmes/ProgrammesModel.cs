using Microsoft.EntityFrameworkCore;
using Mingle.People;

namespace Mingle.Programmes;

/// <summary>EF configuration of the programme tables; applied from MingleDb. Every row naming a person cascades on
/// the person's erasure.</summary>
public static class ProgrammesModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Programme>(e =>
        {
            e.HasIndex(p => p.Slug).IsUnique();
            e.Property(p => p.Slug).HasMaxLength(64);
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Description).HasMaxLength(2000);
            e.Property(p => p.Type).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.Cadence).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(p => p.OwnerId);
            // An owner who is erased takes nothing else down: the programme stays, without an owner link.
            e.HasOne<Person>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(p => p.AudienceUnits).WithOne().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.AudienceLocations).WithOne().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProgrammeAudienceUnit>(e =>
        {
            e.HasKey(a => new { a.ProgrammeId, a.OrgUnitId });
            e.HasIndex(a => a.OrgUnitId);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProgrammeAudienceLocation>(e =>
        {
            e.HasKey(a => new { a.ProgrammeId, a.LocationId });
            e.HasIndex(a => a.LocationId);
            e.HasOne<Location>().WithMany().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProgrammeMember>(e =>
        {
            e.HasKey(m => new { m.ProgrammeId, m.PersonId });
            e.HasIndex(m => m.PersonId);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            e.HasOne<Programme>().WithMany().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MatchBlock>(e =>
        {
            e.HasKey(b => new { b.BlockerId, b.BlockedId });
            e.HasIndex(b => b.BlockedId);
            e.HasOne<Person>().WithMany().HasForeignKey(b => b.BlockerId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(b => b.BlockedId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MeetingBudget>(e =>
        {
            e.HasKey(b => b.PersonId);
            e.HasOne<Person>().WithMany().HasForeignKey(b => b.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProgrammeRound>(e =>
        {
            e.HasIndex(r => new { r.ProgrammeId, r.Period }).IsUnique();
            e.HasOne<Programme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.PublishedById).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(r => r.Matches).WithOne(m => m.Round).HasForeignKey(m => m.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProgrammeMatch>(e =>
        {
            e.Property(m => m.Explanation).HasMaxLength(1000);
            e.HasIndex(m => m.RoundId);
            e.HasMany(m => m.Participants).WithOne().HasForeignKey(p => p.MatchId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MatchParticipant>(e =>
        {
            e.HasKey(p => new { p.MatchId, p.PersonId });
            e.HasIndex(p => p.PersonId);
            e.Property(p => p.FollowUp).HasConversion<string>().HasMaxLength(16);
            e.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
