using Mingle.Data;
using Mingle.Demo;
using Mingle.Programmes;

namespace Mingle.Sponsorship;

/// <summary>
/// The demo's sponsorship programme (enrol-all, owned by the demo programme owner): senior people (at least the
/// default minimum level, below the CEO) each sponsor one or two protégés at levels 2–5 from another division,
/// never in their own reporting line, with a few nominations and mixed outcomes. Deterministic for a given organisation.
/// </summary>
public static class DemoSponsorship
{
    public const string Slug = "sponsorship";
    public const int MaxPairs = 40;

    public static async Task<int> SeedAsync(MingleDb db, DemoOrganisation org, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(org);
        var programme = new Programme
        {
            Slug = Slug,
            Name = "Sponsorship",
            Description = "Senior leaders advocate for people outside their own reporting line and put them forward for roles and stretch assignments.",
            Type = ProgrammeType.Sponsorship,
            EnrolAll = true,
            Cadence = ProgrammeCadence.Monthly,
            OwnerId = org.ProgrammeOwnerId,
            CreatedAt = now.AddDays(-200),
        };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);

        var rng = new Random(org.Seed * 31 + 9);
        var division = new int[org.PeopleCount];
        for (var p = 0; p < org.PeopleCount; p++)
        {
            var u = org.UnitOf[p];
            while (org.Units[u].Parent >= 0) u = org.Units[u].Parent;
            division[p] = u;
        }
        bool InChain(int person, int manager)
        {
            for (var m = org.ManagerOf[person]; m >= 0; m = org.ManagerOf[m])
                if (m == manager) return true;
            return false;
        }
        var sponsors = Enumerable.Range(0, org.PeopleCount)
            .Where(p => org.Levels[p] >= SponsorshipSettings.DefaultMinSponsorLevel && org.ManagerOf[p] >= 0).OrderBy(_ => rng.Next()).ToList();
        var candidates = Enumerable.Range(0, org.PeopleCount).Where(p => org.Levels[p] is >= 2 and <= 5).OrderBy(_ => rng.Next()).ToList();
        var taken = new HashSet<int>();
        var pairs = 0;
        var opportunities = new[]
        {
            ("Team lead, {0}", NominationKind.Role), ("Launch lead for the next release", NominationKind.Project),
            ("Speaker at the engineering all-hands", NominationKind.Stretch), ("Acting manager during parental leave", NominationKind.Stretch),
            ("Cross-division pricing task force", NominationKind.Project), ("Senior role in {0}", NominationKind.Role),
        };
        var next = 0;
        foreach (var sponsor in sponsors)
        {
            if (pairs >= MaxPairs) break;
            var want = 1 + rng.Next(2);
            for (var k = 0; k < want && pairs < MaxPairs; k++)
            {
                while (next < candidates.Count && (taken.Contains(candidates[next]) || division[candidates[next]] == division[sponsor]
                    || InChain(candidates[next], sponsor) || InChain(sponsor, candidates[next]))) next++;
                if (next >= candidates.Count) break;
                var protege = candidates[next++];
                taken.Add(protege);
                var started = now.AddDays(-30 - rng.Next(150));
                var pair = new SponsorshipPair { ProgrammeId = programme.Id, SponsorId = sponsor + 1, ProtegeId = protege + 1, StartedAt = started };
                var nominations = rng.Next(3);
                for (var n = 0; n < nominations; n++)
                {
                    var (text, kind) = opportunities[rng.Next(opportunities.Length)];
                    var on = DateOnly.FromDateTime(started).AddDays(rng.Next(1, Math.Max(2, (int)(now - started).TotalDays)));
                    var roll = rng.NextDouble();
                    var outcome = roll < 0.4 ? NominationOutcome.Pending : roll < 0.75 ? NominationOutcome.Successful : NominationOutcome.NotSelected;
                    pair.Nominations.Add(new Nomination
                    {
                        Opportunity = string.Format(System.Globalization.CultureInfo.InvariantCulture, text, org.Units[org.UnitOf[protege]].Name),
                        Kind = kind,
                        NominatedOn = on,
                        Outcome = outcome,
                        OutcomeAt = outcome == NominationOutcome.Pending ? null : on.AddDays(14).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) is var t && t < now ? t : now.AddHours(-1),
                        CreatedAt = on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
                    });
                }
                db.SponsorshipPairs.Add(pair);
                pairs++;
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return pairs;
    }
}
