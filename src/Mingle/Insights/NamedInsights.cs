using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;

namespace Mingle.Insights;

/// <summary>
/// Privacy rule 3: the organisation's policy switch, each person's consent, and named role lists that exist only
/// when both say yes. Every named view and every change of the switch or of a consent is audit-logged.
/// </summary>
public sealed class NamedInsights(MingleDb db, TimeProvider clock, AuditLog audit, InsightsService insights)
{
    public async Task<bool> PolicyAsync(CancellationToken ct) =>
        await db.InsightsPolicies.AsNoTracking().Where(p => p.Id == InsightsPolicy.SingletonId).Select(p => p.NamedInsights)
            .FirstOrDefaultAsync(ct);

    public async Task SetPolicyAsync(int? actor, bool namedInsights, CancellationToken ct)
    {
        var policy = await db.InsightsPolicies.FindAsync([InsightsPolicy.SingletonId], ct);
        if (policy is null) db.InsightsPolicies.Add(policy = new InsightsPolicy());
        policy.NamedInsights = namedInsights;
        policy.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(actor, "insights.policy", "named-insights", namedInsights ? "on" : "off");
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> ConsentAsync(int personId, CancellationToken ct) =>
        await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => (bool?)p.IncludeInNamedInsights).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException("person", personId);

    public async Task SetConsentAsync(int personId, bool include, CancellationToken ct)
    {
        var person = await db.People.FindAsync([personId], ct) ?? throw new NotFoundException("person", personId);
        if (person.IncludeInNamedInsights == include) return;
        person.IncludeInNamedInsights = include;
        person.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(personId, "insights.consent", $"person:{personId}", include ? "on" : "off");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// People holding a role, optionally within one visible unit — only those who consented, only while the policy is on.
    /// Otherwise a <see cref="ForbiddenException"/>: no named view exists.
    /// </summary>
    public async Task<NamedRoleList> ListAsync(int? actor, string? window, string? role, int? unitId, CancellationToken ct)
    {
        var days = InsightsWindow.Parse(window);
        var wanted = RoleNames.Parse(role) ?? throw new ValidationException("role",
            "Role must be one of " + string.Join(", ", GroupStats.CountedRoles.Select(RoleNames.Of)) + ".");
        if (!await PolicyAsync(ct)) throw new ForbiddenException("Named insights are turned off by the organisation's policy.");
        var computed = await insights.ComputeAsync(days, ct);
        var org = computed.Org;
        var unit = -1;
        if (unitId is { } id)
        {
            unit = Array.FindIndex(org.Units, u => u.Id == id);
            if (unit < 0 || !computed.Visibility.IsVisible(GroupKey.OfUnit(unit))) throw InsightsService.NotAvailable();
        }
        var candidates = new List<int>();
        for (var p = 0; p < org.PeopleCount; p++)
        {
            if ((computed.Roles[p] & wanted) == 0) continue;
            if (unit >= 0 && org.UnitAt(p, org.Units[unit].Depth) != unit) continue;
            candidates.Add(org.PersonIds[p]);
        }
        var people = new List<NamedPerson>();
        foreach (var chunk in candidates.Chunk(500))
        {
            people.AddRange(await db.People.AsNoTracking()
                .Where(p => chunk.Contains(p.Id) && p.IncludeInNamedInsights && p.Status == PersonStatus.Active)
                .Select(p => new NamedPerson(p.Id, p.PreferredName ?? p.Name, p.Title, p.OrgUnit!.Name))
                .ToListAsync(ct));
        }
        people.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        audit.Add(actor, "insights.named", RoleNames.Of(wanted),
            $"window={days}d" + (unitId is { } u ? $" unit={u}" : "") + $" people={people.Count}");
        await db.SaveChangesAsync(ct);
        return new NamedRoleList(days, RoleNames.Of(wanted), unitId, people);
    }
}
