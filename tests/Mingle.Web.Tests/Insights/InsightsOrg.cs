using Mingle.Network;
using Mingle.People;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Insights;

/// <summary>
/// A small organisation for insights tests. Company/Big (8, Lisbon), Company/Mid (5 Lisbon + 2 Porto),
/// Company/Ops (6, Lisbon) and Company/Smallville (3, Porto). Smallville is below k = 5; Ops (6 people) must then be
/// suppressed too, or "Company − Big − Mid − Ops" would be Smallville. Each department is a clique of ties; Big and Mid
/// share a few ties; Smallville talks to Big.
/// </summary>
internal sealed class InsightsOrg
{
    public required Person Analyst { get; init; }

    public required Person Employee { get; init; }

    public required Person Admin { get; init; }

    public required List<Person> Big { get; init; }

    public required List<Person> Mid { get; init; }

    public required List<Person> Ops { get; init; }

    public required List<Person> Small { get; init; }

    public required int SmallUnitId { get; init; }

    public required int OpsUnitId { get; init; }

    public required int BigUnitId { get; init; }

    public required int PortoId { get; init; }

    public required int LisbonId { get; init; }

    public static async Task<InsightsOrg> CreateAsync(MingleApp app)
    {
        async Task<List<Person>> Department(string name, int count, string site)
        {
            var people = new List<Person>();
            for (var i = 0; i < count; i++) people.Add(await app.AddAsync(A.Person($"{name} {i}").InUnit($"Company/{name}").At(site).AtLevel(3)));
            return people;
        }
        var big = await Department("Big", 8, "Lisbon");
        var mid = await Department("Mid", 5, "Lisbon");
        mid.AddRange(await Department("Mid", 2, "Porto"));
        var ops = await Department("Ops", 6, "Lisbon");
        var small = await Department("Smallville", 3, "Porto");
        var analyst = big[0];
        var admin = big[1];
        var employee = mid[0];
        await app.GrantAsync(analyst, Mingle.Auth.Role.Analyst);
        await app.GrantAsync(admin, Mingle.Auth.Role.Admin);

        var today = app.Clock.GetUtcNow().UtcDateTime.Date;
        await using var db = app.NewContext();
        void Tie(Person a, Person b, InteractionType type = InteractionType.Meeting)
        {
            foreach (var ago in new[] { 3, 10 })
                db.Interactions.Add(new Interaction
                {
                    FromPersonId = a.Id,
                    ToPersonId = b.Id,
                    Type = type,
                    Direction = InteractionDirection.Mutual,
                    OccurredAt = today.AddDays(-ago).AddHours(10),
                    Source = InteractionSource.Import,
                });
        }
        foreach (var dep in new[] { big, mid, ops, small })
            for (var i = 0; i < dep.Count; i++)
                for (var j = i + 1; j < dep.Count; j++) Tie(dep[i], dep[j]);
        Tie(big[2], mid[2]);
        Tie(big[3], mid[3]);
        Tie(small[0], big[4]);
        Tie(small[1], big[5], InteractionType.HelpGiven);
        Tie(ops[0], mid[4]);
        await db.SaveChangesAsync();
        var units = db.OrgUnits.ToDictionary(u => u.Path, u => u.Id);
        var sites = db.Locations.ToDictionary(l => l.Name, l => l.Id);
        return new InsightsOrg
        {
            Analyst = analyst,
            Employee = employee,
            Admin = admin,
            Big = big,
            Mid = mid,
            Ops = ops,
            Small = small,
            SmallUnitId = units["Company/Smallville"],
            OpsUnitId = units["Company/Ops"],
            BigUnitId = units["Company/Big"],
            PortoId = sites["Porto"],
            LisbonId = sites["Lisbon"],
        };
    }
}
