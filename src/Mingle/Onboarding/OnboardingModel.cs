using Microsoft.EntityFrameworkCore;
using Mingle.People;
using Mingle.Programmes;

namespace Mingle.Onboarding;

/// <summary>EF configuration of the buddy tables; applied from MingleDb. Every row naming a person cascades on the
/// person's erasure.</summary>
public static class OnboardingModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BuddySettings>(e =>
        {
            e.HasKey(s => s.ProgrammeId);
            e.HasOne<Programme>().WithOne().HasForeignKey<BuddySettings>(s => s.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<BuddyAssignment>(e =>
        {
            e.Property(a => a.Reason).HasMaxLength(1000);
            e.HasIndex(a => new { a.ProgrammeId, a.NewHireId }).IsUnique();
            e.HasIndex(a => a.BuddyId);
            e.HasIndex(a => a.NewHireId);
            e.HasOne<Programme>().WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(a => a.NewHireId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(a => a.BuddyId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Steps).WithOne().HasForeignKey(s => s.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<JourneyStep>(e =>
        {
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(s => s.NewHireId);
            e.HasIndex(s => s.PersonId);
            e.HasIndex(s => s.DueOn);
            e.HasOne<Person>().WithMany().HasForeignKey(s => s.NewHireId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
