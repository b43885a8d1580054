using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.People;
using Mingle.Programmes;

namespace Mingle.Onboarding;

/// <summary>Everything the buddy planner needs about a programme's audience, loaded once: the people as
/// <see cref="OnboardingPerson"/>, names for previews and reasons, the rules, and lookups for journey picks.</summary>
internal sealed class BuddyContext
{
    public required List<OnboardingPerson> People { get; init; }

    public required Dictionary<int, OnboardingPerson> ById { get; init; }

    public required Dictionary<int, PersonRef> Names { get; init; }

    public required BuddyRules Rules { get; init; }

    public required OnboardingNames DisplayNames { get; init; }

    ILookup<int, OnboardingPerson>? byParent;
    ILookup<int, OnboardingPerson>? seniorByDivision;

    /// <summary>Only the people a journey could introduce this hire to: neighbouring teams and their division's seniors.</summary>
    public List<OnboardingPerson> JourneyCandidates(OnboardingPerson hire)
    {
        byParent ??= People.Where(p => p.TeamParent >= 0).ToLookup(p => p.TeamParent);
        seniorByDivision ??= People.Where(p => p.Level >= Rules.SeniorLevel && p.Division >= 0).ToLookup(p => p.Division);
        return [.. byParent[hire.TeamParent].Concat(seniorByDivision[hire.Division]).Distinct()];
    }

    public BuddyPreview Preview(Programme programme, BuddyPlan plan, DateOnly today, bool published) => new(
        programme.Slug, today, plan.Pairs.Count + plan.Unassigned.Count,
        [.. plan.Pairs.Select(p => new BuddyPairView(Names[p.NewHireId], Names[p.BuddyId], p.Score, p.Reason))],
        [.. plan.Unassigned.Select(u => new UnassignedView(Names[u.NewHireId], u.Why))],
        plan.TotalScore, published);

    public static async Task<BuddyContext> LoadAsync(MingleDb db, Programme programme, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now);
        var settings = await db.BuddySettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProgrammeId == programme.Id, ct) ?? new BuddySettings();
        var rules = settings.Rules();
        var memberships = await db.ProgrammeMembers.AsNoTracking().Where(m => m.ProgrammeId == programme.Id).ToListAsync(ct);
        var left = memberships.Where(m => !m.IsActiveOn(today)).Select(m => m.PersonId).ToHashSet();
        var joined = memberships.Where(m => m.IsActiveOn(today)).Select(m => m.PersonId).ToHashSet();
        var active = await db.People.AsNoTracking().Where(p => p.Status == PersonStatus.Active)
            .Select(p => new { p.Id, p.Name, p.Title, p.OrgUnitId, p.LocationId, p.ManagerId, p.Level, p.HireDate, p.TimeZone, LocationZone = p.Location!.TimeZone })
            .ToListAsync(ct);
        var managerOf = active.ToDictionary(p => p.Id, p => p.ManagerId);
        var audience = await Audience.LoadAsync(db, programme, ct);
        var people = active.Where(p => (programme.EnrolAll ? !left.Contains(p.Id) : joined.Contains(p.Id))
            && audience.Includes(p.OrgUnitId, p.LocationId, p.Level)).ToList();
        var ids = people.Select(p => p.Id).ToHashSet();

        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Name }).ToDictionaryAsync(u => u.Id, ct);
        int Root(int unit)
        {
            for (var hops = 0; hops < 64 && units.TryGetValue(unit, out var node) && node.ParentId is { } parent; hops++) unit = parent;
            return unit;
        }
        int[] Chain(int id)
        {
            var chain = new List<int>();
            for (var m = managerOf.GetValueOrDefault(id); m is { } x && chain.Count < 50 && !chain.Contains(x); m = managerOf.GetValueOrDefault(x)) chain.Add(x);
            return [.. chain];
        }
        var interests = (await db.PersonInterests.AsNoTracking().Select(i => new { i.PersonId, i.InterestId }).ToListAsync(ct))
            .Where(i => ids.Contains(i.PersonId)).ToLookup(i => i.PersonId, i => i.InterestId);
        var blocks = (await db.MatchBlocks.AsNoTracking().Select(b => new { b.BlockerId, b.BlockedId }).ToListAsync(ct))
            .ToLookup(b => b.BlockerId, b => b.BlockedId);
        var load = await db.BuddyAssignments.AsNoTracking().Where(a => a.EndsOn >= today)
            .GroupBy(a => a.BuddyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var offsets = new UtcOffsets(now);
        var list = people.Select(p => new OnboardingPerson(p.Id, p.OrgUnitId ?? -1,
            p.OrgUnitId is { } u && units.TryGetValue(u, out var node) ? node.ParentId ?? -1 : -1,
            p.OrgUnitId is { } r ? Root(r) : -1, p.LocationId ?? -1, offsets.Of(p.TimeZone ?? p.LocationZone), p.Level, p.HireDate,
            Chain(p.Id), [.. interests[p.Id]], [.. blocks[p.Id]], load.GetValueOrDefault(p.Id))).ToList();

        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var interestNames = await db.Interests.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        return new BuddyContext
        {
            People = list,
            ById = list.ToDictionary(p => p.PersonId),
            Names = people.ToDictionary(p => p.Id, p => new PersonRef(p.Id, p.Name, p.Title)),
            Rules = rules,
            DisplayNames = new OnboardingNames(units.ToDictionary(u => u.Key, u => u.Value.Name), locations, interestNames),
        };
    }
}
