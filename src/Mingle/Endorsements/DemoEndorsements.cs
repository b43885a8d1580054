using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Demo;
using Mingle.Network;

namespace Mingle.Endorsements;

/// <summary>
/// Endorsements in the demo organisation: along a share of mutual connections (people who know each other), the
/// owner endorses one skill the other declares as known, chosen deterministically from the organisation's seed.
/// Bulk-inserted: the 200,000-person organisation gets a few hundred thousand rows.
/// </summary>
public static class DemoEndorsements
{
    /// <summary>About one mutual connection in eight leads to an endorsement.</summary>
    const double Share = 0.125;

    public static async Task<int> SeedAsync(MingleDb db, DemoOrganisation org, DemoPersonalNetwork personal, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Endorsements.ExecuteDeleteAsync(ct);
        return await BulkCopy.InsertAsync(db, Generate(org, personal, now), ct);
    }

    public static IEnumerable<Endorsement> Generate(DemoOrganisation org, DemoPersonalNetwork personal, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(personal);
        // Known (not wants-to-learn) skills per person as CSR over person indexes.
        var offsets = new int[org.PeopleCount + 1];
        foreach (var s in org.PersonSkills)
            if (!s.WantsToLearn) offsets[s.Person + 1]++;
        for (var i = 0; i < org.PeopleCount; i++) offsets[i + 1] += offsets[i];
        var skills = new int[offsets[^1]];
        var fill = (int[])offsets.Clone();
        foreach (var s in org.PersonSkills)
            if (!s.WantsToLearn) skills[fill[s.Person]++] = s.Skill;

        var random = new Random(org.Seed ^ 0x3e4d);
        foreach (var e in personal.Entries)
        {
            if (e.Kind != NetworkEntryKind.Connection || random.NextDouble() >= Share) continue;
            var (from, to) = (offsets[e.Person], offsets[e.Person + 1]);
            if (from == to) continue;
            var skill = skills[from + random.Next(to - from)];
            yield return new Endorsement
            {
                EndorserId = e.Owner + 1,
                PersonId = e.Person + 1,
                SkillId = skill + 1,
                CreatedAt = now.AddDays(-random.Next(1, 365)),
            };
        }
    }
}
