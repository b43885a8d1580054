using Microsoft.EntityFrameworkCore;
using Mingle.Data;

namespace Mingle.Onboarding;

/// <summary>Privacy rule 6 for the buddy tables: what they hold about a person, and erasing every row naming them.</summary>
public static class OnboardingPersonalData
{
    public static async Task<ExportedOnboarding> ExportAsync(MingleDb db, int personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assignments = await db.BuddyAssignments.AsNoTracking().Include(a => a.Steps)
            .Where(a => a.NewHireId == personId || a.BuddyId == personId)
            .Join(db.Programmes, a => a.ProgrammeId, p => p.Id, (a, p) => new { a, p.Slug }).ToListAsync(ct);
        var asNewHire = assignments.Where(x => x.a.NewHireId == personId).Select(x => new ExportedJourney(x.Slug, x.a.BuddyId, x.a.Reason,
            x.a.AssignedAt, x.a.EndsOn, [.. x.a.Steps.OrderBy(s => s.Week).Select(s => new ExportedJourneyStep(s.Week, BuddyProgramme.Kind(s.Kind),
                s.PersonId, s.DueOn, s.DoneAt))])).ToList();
        var asBuddy = assignments.Where(x => x.a.BuddyId == personId)
            .Select(x => new ExportedBuddying(x.Slug, x.a.NewHireId, x.a.AssignedAt, x.a.EndsOn)).ToList();
        var introductions = await db.JourneySteps.AsNoTracking().Where(s => s.PersonId == personId && s.NewHireId != personId)
            .OrderBy(s => s.DueOn).Select(s => new ExportedJourneyIntroduction(s.NewHireId, s.Week, s.Kind.ToString(), s.DueOn, s.DoneAt)).ToListAsync(ct);
        return new ExportedOnboarding(asNewHire, asBuddy, introductions);
    }

    public static async Task EraseAsync(MingleDb db, int personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Explicit deletes: the database cascades too, but being explicit keeps both providers identical.
        await db.JourneySteps.Where(s => s.NewHireId == personId || s.PersonId == personId).ExecuteDeleteAsync(ct);
        var ids = await db.BuddyAssignments.Where(a => a.NewHireId == personId || a.BuddyId == personId).Select(a => a.Id).ToListAsync(ct);
        await db.JourneySteps.Where(s => ids.Contains(s.AssignmentId)).ExecuteDeleteAsync(ct);
        await db.BuddyAssignments.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(ct);
    }
}

/// <summary>My onboarding: journeys where I am the new hire, the new hires I buddy, and introductions I was down for.</summary>
public sealed record ExportedOnboarding(IReadOnlyList<ExportedJourney> AsNewHire, IReadOnlyList<ExportedBuddying> AsBuddy,
    IReadOnlyList<ExportedJourneyIntroduction> IntroductionsToNewHires);

public sealed record ExportedJourney(string Programme, int BuddyPersonId, string Reason, DateTime AssignedAt, DateOnly EndsOn,
    IReadOnlyList<ExportedJourneyStep> Steps);

public sealed record ExportedJourneyStep(int Week, string Kind, int PersonId, DateOnly DueOn, DateTime? DoneAt);

public sealed record ExportedBuddying(string Programme, int NewHirePersonId, DateTime AssignedAt, DateOnly EndsOn);

public sealed record ExportedJourneyIntroduction(int NewHirePersonId, int Week, string Kind, DateOnly DueOn, DateTime? DoneAt);
