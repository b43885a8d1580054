using Mingle.Auth;
using Mingle.Data;
using Mingle.Demo;
using Mingle.Network;
using Mingle.Programmes;

namespace Mingle.Mentoring;

/// <summary>
/// The demo's running mentoring programme: a first cohort (mentors and mentees who applied about three months ago)
/// assigned by the real planner and published, with sessions logged in most relationships and one relationship ended
/// with feedback; and a second wave of mentee applications waiting for the owner's review. The demo newcomer login is
/// a mentee in the first cohort, the demo bridge login a mentor. Deterministic for a given organisation; person ids are
/// the demo's indexes + 1 and skill ids the catalogue's indexes + 1, as <see cref="DemoSeeder"/> writes them.
/// </summary>
public static class DemoMentoring
{
    public const string Slug = "mentoring-circle";

    static readonly string[] Notes =
    [
        "Talked through my goals for the next quarter and agreed on a **first small project**.",
        "Went over a design review together; next time: how to give feedback.",
        "Shadowed a stakeholder meeting. Useful to see how *trade-offs* get argued.",
        "Reviewed progress; picked two books to read before we meet again.",
    ];

    public static async Task<int> SeedAsync(MingleDb db, DemoOrganisation org, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(org);
        var programme = new Programme
        {
            Slug = Slug,
            Name = "Mentoring circle",
            Description = "Six months with a mentor from another part of the company, matched on skills and goals.",
            Type = ProgrammeType.Mentoring,
            Cadence = ProgrammeCadence.Monthly,
            OwnerId = org.ProgrammeOwnerId,
            CreatedAt = now.AddDays(-120),
        };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);

        var rng = new Random(org.Seed * 37 + 9);
        var skillsOf = org.PersonSkills.GroupBy(s => s.Person).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Level).ToList());
        var newcomer = org.IndexOf(DemoLogins.Newcomer);
        var bridge = org.IndexOf(DemoLogins.Bridge);
        var excluded = new HashSet<int> { org.ProgrammeOwner };
        var mentors = new List<int>();
        if (bridge >= 0 && org.Levels[bridge] >= 3 && skillsOf.ContainsKey(bridge)) mentors.Add(bridge);
        // Mentors at a range of levels, so every mentee has someone 1–3 levels above.
        var byLevel = Enumerable.Range(0, org.PeopleCount).Where(p => !excluded.Contains(p) && p != newcomer && skillsOf.ContainsKey(p))
            .OrderBy(_ => rng.Next()).ToList();
        foreach (var level in new[] { 3, 4, 5, 6, 7, 4, 5, 3, 6, 5, 4, 3 })
            if (byLevel.FirstOrDefault(p => org.Levels[p] == level && !mentors.Contains(p), -1) is >= 0 and var m) mentors.Add(m);
        var mentees = new List<int>();
        if (newcomer >= 0 && !mentors.Contains(newcomer)) mentees.Add(newcomer);
        mentees.AddRange(byLevel.Where(p => org.Levels[p] <= 4 && !mentors.Contains(p) && p != newcomer).Take(Math.Max(0, Math.Min(24, org.PeopleCount / 10))));
        if (mentors.Count == 0 || mentees.Count == 0) return 0;
        var firstWave = mentees.Take(mentees.Count * 3 / 4).ToList();
        var secondWave = mentees.Skip(firstWave.Count).ToList();

        var offered = new List<int>();
        foreach (var m in mentors)
        {
            var skills = skillsOf[m].Take(3).Select(s => s.Skill).ToList();
            offered.AddRange(skills);
            db.MentoringApplications.Add(Application(programme, m, MentoringRole.Mentor, $"Share what I have learnt about {SkillNames(org, skills)} with someone from another team.",
                skills, 1 + rng.Next(3), now.AddDays(-100)));
        }
        offered = [.. offered.Distinct()];
        foreach (var e in firstWave)
            db.MentoringApplications.Add(MenteeApplication(org, programme, e, offered, skillsOf, rng, now.AddDays(-98 + rng.Next(5))));
        await db.SaveChangesAsync(ct);

        // The first cohort, planned and published as the owner would.
        var (request, _) = await MentoringCohorts.RequestAsync(db, programme, ct);
        var plan = MentoringPlanner.Plan(request, ct);
        var applications = db.MentoringApplications.Local.ToDictionary(a => a.PersonId);
        var relationships = new List<MentoringRelationship>();
        var started = now.AddDays(-90);
        foreach (var pair in plan.Pairs)
        {
            var application = applications[pair.MenteeId];
            application.Status = MentoringApplicationStatus.Matched;
            relationships.Add(new MentoringRelationship
            {
                ProgrammeId = programme.Id,
                MentorId = pair.MentorId,
                MenteeId = pair.MenteeId,
                Status = MentoringRelationshipStatus.Active,
                Score = pair.Score,
                Reasons = string.Join('\n', pair.Reasons),
                Goals = application.Goals,
                CreatedAt = started,
                StartedAt = started,
            });
        }
        db.MentoringRelationships.AddRange(relationships);
        await db.SaveChangesAsync(ct);

        var sessions = 0;
        for (var i = 0; i < relationships.Count; i++)
        {
            var r = relationships[i];
            var count = r.MenteeId == newcomer + 1 ? 3 : rng.Next(0, 5);
            for (var s = 0; s < count; s++)
            {
                var day = DateOnly.FromDateTime(started).AddDays(10 + s * 21 + rng.Next(5));
                var at = day.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
                var interaction = new Interaction
                {
                    FromPersonId = r.MentorId,
                    ToPersonId = r.MenteeId,
                    Type = InteractionType.Mentoring,
                    Direction = InteractionDirection.Mutual,
                    OccurredAt = at,
                    Source = InteractionSource.Platform,
                };
                db.Interactions.Add(interaction);
                await db.SaveChangesAsync(ct);
                db.MentoringSessions.Add(new MentoringSession
                {
                    RelationshipId = r.Id,
                    LoggedById = s % 2 == 0 ? r.MenteeId : r.MentorId,
                    HeldOn = day,
                    Note = Notes[(i + s) % Notes.Length],
                    InteractionId = interaction.Id,
                    CreatedAt = at.AddHours(2),
                });
                sessions++;
            }
        }
        // One relationship (not the newcomer's) has run its course and ended with feedback.
        if (relationships.FirstOrDefault(r => r.MenteeId != newcomer + 1) is { } ended)
        {
            ended.Status = MentoringRelationshipStatus.Ended;
            ended.EndedAt = now.AddDays(-7);
            ended.EndedById = ended.MenteeId;
            db.MentoringFeedback.Add(new MentoringFeedback
            {
                RelationshipId = ended.Id,
                GivenById = ended.MenteeId,
                Rating = 5,
                Text = "Regular, focused sessions; I now know who to ask in another part of the company.",
                CreatedAt = now.AddDays(-7),
            });
        }
        // A second wave of mentees waiting for the owner's review.
        foreach (var e in secondWave)
            db.MentoringApplications.Add(MenteeApplication(org, programme, e, offered, skillsOf, rng, now.AddDays(-rng.Next(1, 10))));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return relationships.Count;
    }

    static MentoringApplication MenteeApplication(DemoOrganisation org, Programme programme, int person, List<int> offered,
        Dictionary<int, List<DemoPersonSkill>> skillsOf, Random rng, DateTime at)
    {
        var wanted = skillsOf.TryGetValue(person, out var own)
            ? own.Where(s => s.WantsToLearn && offered.Contains(s.Skill)).Select(s => s.Skill).Take(2).ToList()
            : [];
        while (wanted.Count < 2 && offered.Count > 0)
        {
            var s = offered[rng.Next(offered.Count)];
            if (!wanted.Contains(s)) wanted.Add(s);
            if (offered.Count == 1) break;
        }
        return Application(programme, person, MentoringRole.Mentee,
            $"Get better at {SkillNames(org, wanted)} and understand how other teams work.", wanted, 1, at);
    }

    static MentoringApplication Application(Programme programme, int person, MentoringRole role, string goals, List<int> skills, int capacity, DateTime at) => new()
    {
        ProgrammeId = programme.Id,
        PersonId = person + 1,
        Role = role,
        Status = MentoringApplicationStatus.Submitted,
        Goals = goals,
        Capacity = capacity,
        CreatedAt = at,
        Skills = [.. skills.Distinct().Select(s => new MentoringApplicationSkill { SkillId = s + 1 })],
    };

    static string SkillNames(DemoOrganisation org, List<int> skills) =>
        skills.Count == 0 ? "my craft" : string.Join(" and ", skills.Select(s => org.Skills[s].Name));
}
