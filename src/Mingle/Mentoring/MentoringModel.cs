using Microsoft.EntityFrameworkCore;
using Mingle.Network;
using Mingle.People;
using Mingle.Programmes;

namespace Mingle.Mentoring;

/// <summary>EF configuration of the mentoring tables; applied from MingleDb. Every row naming a person cascades on
/// the person's erasure (PersonEraser also deletes them explicitly).</summary>
public static class MentoringModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MentoringApplication>(e =>
        {
            e.HasIndex(a => new { a.ProgrammeId, a.PersonId }).IsUnique();
            e.HasIndex(a => a.PersonId);
            e.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Goals).HasMaxLength(2000);
            e.HasOne<Programme>().WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Skills).WithOne().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Preferences).WithOne().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MentoringApplicationSkill>(e =>
        {
            e.HasKey(s => new { s.ApplicationId, s.SkillId });
            e.HasIndex(s => s.SkillId);
            e.HasOne<Skill>().WithMany().HasForeignKey(s => s.SkillId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MentoringPreference>(e =>
        {
            e.HasKey(p => new { p.ApplicationId, p.PersonId });
            e.HasIndex(p => p.PersonId);
            e.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MentoringRelationship>(e =>
        {
            e.HasIndex(r => new { r.ProgrammeId, r.Status });
            e.HasIndex(r => r.MentorId);
            e.HasIndex(r => r.MenteeId);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Reasons).HasMaxLength(2000);
            e.Property(r => r.Goals).HasMaxLength(2000);
            e.HasOne<Programme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.MentorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.MenteeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.EndedById).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(r => r.Sessions).WithOne().HasForeignKey(s => s.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MentoringSession>(e =>
        {
            e.HasIndex(s => s.RelationshipId);
            e.HasIndex(s => s.LoggedById);
            e.Property(s => s.Note).HasMaxLength(4000);
            e.HasOne<Person>().WithMany().HasForeignKey(s => s.LoggedById).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Interaction>().WithMany().HasForeignKey(s => s.InteractionId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<MentoringFeedback>(e =>
        {
            e.HasIndex(f => f.RelationshipId);
            e.HasIndex(f => f.GivenById);
            e.Property(f => f.Text).HasMaxLength(2000);
            e.HasOne<MentoringRelationship>().WithMany().HasForeignKey(f => f.RelationshipId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(f => f.GivenById).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
