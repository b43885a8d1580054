using Mingle.Data;
using Mingle.Demo;
using Mingle.Matching;
using Mingle.Network;

namespace Mingle.Programmes;

/// <summary>
/// The demo's running coffee programme: owned by the demo programme owner, joined by about a third of the
/// organisation (at most <see cref="MaxMembers"/>, always including the demo logins who can be matched), with
/// <see cref="PastRounds"/> fortnightly rounds of history planned by the real planner and answered follow-ups
/// (a "yes" is a coffee interaction, as in the product). After a coffee that happened, about
/// <see cref="KeepInTouchShare"/> of the pairs keep in touch: 5–20 days on one thanks the other with kudos (a
/// platform interaction, so the imported history stays exactly the generated one), which with the coffee makes a tie.
/// Without it no coffee could ever become a tie (a tie needs two interactions within four weeks and a pair is never
/// matched twice in a row), and the programme impact view would measure the demo's omission rather than anything. Deterministic for a given organisation.
/// Person ids are the demo's indexes + 1, as <see cref="DemoSeeder"/> writes them.
/// </summary>
public static class DemoProgrammes
{
    public const string Slug = "coffee-roulette";
    public const int MaxMembers = 3000;
    public const int PastRounds = 3;
    public const double KeepInTouchShare = 0.3;

    public static async Task<int> SeedAsync(MingleDb db, DemoOrganisation org, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(org);
        var programme = new Programme
        {
            Slug = Slug,
            Name = "Coffee roulette",
            Description = "Meet someone from a part of the company you rarely talk to, every other week.",
            Cadence = ProgrammeCadence.Fortnightly,
            OwnerId = org.ProgrammeOwnerId,
            CreatedAt = now.AddDays(-14 * (PastRounds + 1)),
        };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);

        var department = CoffeeSimulation.DepartmentOf(org);
        var top = Array.IndexOf(org.ManagerOf, -1);
        var rng = new Random(org.Seed * 31 + 6);
        var keepInTouch = new Random(org.Seed * 31 + 7); // its own stream, so the rest of the history is as before
        var chosen = new HashSet<int>();
        foreach (var email in new[] { DemoLogins.ProgrammeOwner, DemoLogins.Newcomer, DemoLogins.Bridge, DemoLogins.Analyst, DemoLogins.Admin })
            if (org.IndexOf(email) is >= 0 and var i && i != top) chosen.Add(i);
        var wanted = Math.Min(MaxMembers, org.PeopleCount / 3);
        while (chosen.Count < wanted)
        {
            var p = rng.Next(org.PeopleCount);
            if (p != top) chosen.Add(p);
        }
        var members = chosen.Order().ToList();
        foreach (var p in members)
            db.ProgrammeMembers.Add(new ProgrammeMember
            {
                ProgrammeId = programme.Id,
                PersonId = p + 1,
                Status = MembershipStatus.Active,
                JoinedAt = programme.CreatedAt,
            });
        await db.SaveChangesAsync(ct);

        var everyone = CoffeeSimulation.Participants(org, department);
        var people = members.Select(p => everyone[p] with { PersonId = p + 1, ManagerChain = [.. everyone[p].ManagerChain.Select(m => m + 1)] }).ToList();
        var density = UnitTieDensityOf(org, department);
        var names = new Dictionary<int, string>();
        for (var u = 0; u < org.Units.Count; u++) names[u] = org.Units[u].Path;
        var interestNames = new Dictionary<int, string>();
        for (var i = 0; i < org.Interests.Count; i++) interestNames[i] = org.Interests[i];
        var recent = new HashSet<long>(PairKey.Comparer);
        var today = DateOnly.FromDateTime(now);
        var matches = 0;
        for (var r = PastRounds; r >= 1; r--)
        {
            var period = programme.PeriodStart(today.AddDays(-14 * r));
            var request = new CoffeeRoundRequest(people, density, recent, programme.Rules(), CoffeeStrategy.SiloAware, org.Seed * 100 + r)
            {
                DepartmentNames = names,
                InterestNames = interestNames,
            };
            var plan = CoffeeRoundPlanner.Plan(request, ct);
            var round = new ProgrammeRound
            {
                ProgrammeId = programme.Id,
                Period = period,
                Number = PastRounds - r + 1,
                PublishedAt = period.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc),
                PublishedById = programme.OwnerId,
            };
            db.ProgrammeRounds.Add(round);
            await db.SaveChangesAsync(ct);
            foreach (var group in plan.Groups)
            {
                var start = period.AddDays(2).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
                var roll = rng.NextDouble();
                FollowUpAnswer? answer = roll < 0.6 ? FollowUpAnswer.Yes : roll < 0.75 ? FollowUpAnswer.No : roll < 0.85 ? FollowUpAnswer.Rescheduled : null;
                db.ProgrammeMatches.Add(new ProgrammeMatch
                {
                    RoundId = round.Id,
                    Explanation = group.Explanation,
                    Weight = group.Weight,
                    SuggestedStart = start,
                    Participants = [.. group.Members.Select((id, k) => new MatchParticipant
                    {
                        PersonId = id,
                        FollowUp = k == 0 ? answer : null,
                        AnsweredAt = k == 0 && answer is not null ? start.AddDays(3) : null,
                    })],
                });
                foreach (var (a, b) in group.Pairs())
                {
                    recent.Add(PairKey.Of(a, b));
                    if (answer == FollowUpAnswer.Yes)
                        db.Interactions.Add(new Interaction
                        {
                            FromPersonId = a,
                            ToPersonId = b,
                            Type = InteractionType.Coffee,
                            Direction = InteractionDirection.Mutual,
                            OccurredAt = start,
                            Source = InteractionSource.Platform,
                        });
                    var later = start.AddDays(5 + keepInTouch.Next(16));
                    if (answer == FollowUpAnswer.Yes && keepInTouch.NextDouble() < KeepInTouchShare && later < now)
                        db.Interactions.Add(new Interaction
                        {
                            FromPersonId = a,
                            ToPersonId = b,
                            Type = InteractionType.Kudos,
                            Direction = InteractionDirection.FromTo,
                            OccurredAt = later,
                            Source = InteractionSource.Platform,
                        });
                }
                matches++;
            }
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
        return matches;
    }

    static UnitTieDensity UnitTieDensityOf(DemoOrganisation org, int[] department)
    {
        var builder = new Graph.GraphBuilder(directed: false, weighted: false);
        builder.EnsureNodes(org.PeopleCount);
        foreach (var key in CoffeeSimulation.InitialTies(org))
        {
            var (a, b) = PairKey.Split(key);
            builder.AddEdgeBetween(a, b);
        }
        return UnitTieDensity.Measure(builder.Build(), department);
    }
}
