using Mingle.Data;
using Mingle.Demo;
using Mingle.Network;
using Mingle.Programmes;

namespace Mingle.Onboarding;

/// <summary>
/// The demo's running buddy programme (enrol-all, owned by the demo programme owner): every new hire of the last 30
/// days got a buddy on their first day from the real planner, with their journey scheduled from the hire date. Steps
/// due before today are mostly done ("we met" logged as platform interactions), except the demo newcomer's, so a
/// demo can mark the week-1 meeting itself. Deterministic for a given organisation.
/// </summary>
public static class DemoBuddies
{
    public const string Slug = "onboarding-buddies";

    public static async Task<int> SeedAsync(MingleDb db, DemoOrganisation org, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(org);
        var programme = new Programme
        {
            Slug = Slug,
            Name = "Onboarding buddies",
            Description = "Every new hire gets a buddy from another team nearby, then meets a neighbouring team and a senior leader in their first month.",
            Type = ProgrammeType.Buddy,
            EnrolAll = true,
            Cadence = ProgrammeCadence.Weekly,
            OwnerId = org.ProgrammeOwnerId,
            CreatedAt = now.AddDays(-120),
        };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);

        var context = await BuddyContext.LoadAsync(db, programme, now, ct);
        var today = DateOnly.FromDateTime(now);
        var hires = context.People.Where(p => context.Rules.IsNewHire(p.HireDate, today)).OrderBy(p => p.HireDate).ThenBy(p => p.PersonId).ToList();
        var plan = BuddyMatcher.Plan(hires, context.People, context.Rules, today, context.DisplayNames, ct);
        var newcomer = org.IndexOf(DemoLogins.Newcomer) + 1;
        var rng = new Random(org.Seed * 31 + 8);
        var introductions = new Dictionary<int, int>();
        var latest = now.AddHours(-1);
        foreach (var pair in plan.Pairs)
        {
            var hire = context.ById[pair.NewHireId];
            var hired = hire.HireDate ?? today;
            var assignment = new BuddyAssignment
            {
                ProgrammeId = programme.Id,
                NewHireId = hire.PersonId,
                BuddyId = pair.BuddyId,
                Score = pair.Score,
                Reason = pair.Reason,
                AssignedAt = hired.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc),
                EndsOn = hired.AddDays(context.Rules.ActiveDays),
            };
            foreach (var step in OnboardingJourney.Plan(hire, pair.BuddyId, hired, context.JourneyCandidates(hire), context.Rules, introductions))
            {
                var met = step.DueOn < today && hire.PersonId != newcomer && rng.NextDouble() < 0.7;
                var at = step.DueOn.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc).AddDays(rng.Next(0, 4));
                if (at > latest) at = latest;
                assignment.Steps.Add(new JourneyStep
                {
                    NewHireId = hire.PersonId,
                    Week = step.Week,
                    Kind = step.Kind,
                    PersonId = step.PersonId,
                    DueOn = step.DueOn,
                    DoneAt = met ? at : null,
                });
                if (met)
                    db.Interactions.Add(new Interaction
                    {
                        FromPersonId = hire.PersonId,
                        ToPersonId = step.PersonId,
                        Type = step.Kind == JourneyStepKind.Buddy ? InteractionType.Coffee : InteractionType.Introduction,
                        Direction = InteractionDirection.Mutual,
                        OccurredAt = at,
                        Source = InteractionSource.Platform,
                    });
            }
            db.BuddyAssignments.Add(assignment);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return plan.Pairs.Count;
    }
}
