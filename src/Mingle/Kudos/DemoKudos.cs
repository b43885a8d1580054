using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Demo;
using Mingle.Network;

namespace Mingle.Kudos;

/// <summary>
/// Kudos in the demo organisation, deterministic for its seed: first a kudos row (with a message) for each Kudos
/// interaction the coffee programme's history already wrote (<see cref="Programmes.DemoProgrammes"/>: people
/// thanking a coffee partner), then teammates thanking each other — each with its own Kudos interaction, as the
/// product writes them — until there are <see cref="Target"/>. The demo logins each receive a few.
/// </summary>
public static class DemoKudos
{
    public const int Target = 300;

    static readonly string[] Messages =
    [
        "Thanks for the coffee — your tips on onboarding saved me a week.",
        "Really enjoyed our chat; thanks for introducing me to your team.",
        "Thank you for reviewing my design so quickly and so kindly.",
        "You unblocked our release on Friday. Hero!",
        "Thanks for walking me through the data model, it finally clicked.",
        "Great session yesterday — clear, patient and fun.",
        "Thanks for covering the customer call while I was out.",
        "Your write-up on the incident was the clearest I have read.",
        "Thank you for the mentoring tips, already using them.",
        "Thanks for pairing with me on that tricky bug.",
        "Lovely to meet you over coffee — let's keep in touch!",
        "Thanks for sharing your slides; they helped my pitch a lot.",
    ];

    public static async Task<int> SeedAsync(MingleDb db, DemoOrganisation org, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(org);
        var rng = new Random(org.Seed * 31 + 12);
        var kudos = new List<Kudos>();
        var existing = await db.Interactions.AsNoTracking()
            .Where(i => i.Type == InteractionType.Kudos && i.Source == InteractionSource.Platform)
            .OrderBy(i => i.Id).Select(i => new { i.FromPersonId, i.ToPersonId, i.OccurredAt }).Take(Target).ToListAsync(ct);
        foreach (var i in existing)
            kudos.Add(new Kudos { FromPersonId = i.FromPersonId, ToPersonId = i.ToPersonId, Message = Pick(rng), CreatedAt = i.OccurredAt });

        // Teammates (same unit), the demo logins first so each of them has a few to see.
        var byUnit = Enumerable.Range(0, org.PeopleCount).ToLookup(p => org.UnitOf[p]);
        var receivers = new List<int>();
        foreach (var email in new[] { DemoLogins.Newcomer, DemoLogins.Bridge, DemoLogins.ProgrammeOwner, DemoLogins.Analyst, DemoLogins.Admin })
            if (org.IndexOf(email) is >= 0 and var login) receivers.AddRange([login, login, login]);
        var extra = new List<Interaction>();
        for (var attempt = 0; kudos.Count < Target && attempt < Target * 20; attempt++)
        {
            var to = attempt < receivers.Count ? receivers[attempt] : rng.Next(org.PeopleCount);
            var team = byUnit[org.UnitOf[to]].ToList();
            if (team.Count < 2) continue;
            var from = team[rng.Next(team.Count)];
            if (from == to) continue;
            var at = now.AddDays(-1 - rng.Next(60)).AddMinutes(-rng.Next(600));
            kudos.Add(new Kudos { FromPersonId = from + 1, ToPersonId = to + 1, Message = Pick(rng), CreatedAt = at });
            extra.Add(new Interaction
            {
                FromPersonId = from + 1,
                ToPersonId = to + 1,
                Type = InteractionType.Kudos,
                Direction = InteractionDirection.FromTo,
                OccurredAt = at,
                Source = InteractionSource.Platform,
            });
        }
        db.Kudos.AddRange(kudos);
        db.Interactions.AddRange(extra);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return kudos.Count;
    }

    static string Pick(Random rng) => Messages[rng.Next(Messages.Length)];
}
