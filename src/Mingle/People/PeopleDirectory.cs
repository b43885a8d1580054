using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;

namespace Mingle.People;

public sealed class PeopleDirectory(MingleDb db)
{
    /// <summary>
    /// Every word of the query must match somewhere (name, preferred name, title, email, a skill or its alias,
    /// an interest, an offer), so "kubernetes lisbon" narrows rather than widens. Active people only.
    /// </summary>
    public async Task<Page<PersonSummary>> SearchAsync(DirectoryQuery query, CancellationToken ct)
    {
        if (query.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var people = db.People.AsNoTracking().Where(p => p.Status == PersonStatus.Active);

        foreach (var word in Words(query.Q))
        {
            var like = $"%{EscapeLike(word)}%";
            var skillIds = db.Skills.Where(s => EF.Functions.Like(s.NormalizedName, like, "\\")).Select(s => s.Id)
                .Union(db.SkillAliases.Where(a => EF.Functions.Like(a.Alias, like, "\\")).Select(a => a.SkillId));
            people = people.Where(p =>
                EF.Functions.Like(p.Name.ToLower(), like, "\\")
                || (p.PreferredName != null && EF.Functions.Like(p.PreferredName.ToLower(), like, "\\"))
                || (p.Title != null && EF.Functions.Like(p.Title.ToLower(), like, "\\"))
                || EF.Functions.Like(p.Email, like, "\\")
                || p.Skills.Any(s => skillIds.Contains(s.SkillId))
                || p.Interests.Any(i => EF.Functions.Like(i.Interest!.NormalizedName, like, "\\"))
                || p.Offers.Any(o => EF.Functions.Like(o.Text.ToLower(), like, "\\")));
        }

        if (query.Unit is { } unitId)
        {
            var path = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(ct)
                ?? throw new ValidationException("unit", $"No org unit {unitId}.");
            var prefix = EscapeLike(path) + "/%";
            people = people.Where(p => p.OrgUnit!.Path == path || EF.Functions.Like(p.OrgUnit!.Path, prefix, "\\"));
        }
        if (query.Location is { } locationId) people = people.Where(p => p.LocationId == locationId);
        if (query.Level is { } level) people = people.Where(p => p.Level == level);
        if (!string.IsNullOrWhiteSpace(query.Skill))
        {
            var skill = Skill.Normalize(query.Skill);
            var ids = db.Skills.Where(s => s.NormalizedName == skill).Select(s => s.Id)
                .Union(db.SkillAliases.Where(a => a.Alias == skill).Select(a => a.SkillId));
            people = people.Where(p => p.Skills.Any(s => ids.Contains(s.SkillId)));
        }

        var total = await people.CountAsync(ct);
        var items = await people
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(p => new PersonSummary(p.Id, p.PreferredName ?? p.Name, p.Title, p.OrgUnitId, p.OrgUnit!.Name,
                p.LocationId, p.Location!.Name, p.Level, p.PhotoUrl))
            .ToListAsync(ct);
        return new Page<PersonSummary>(items, total, query.Page, query.PageSize);
    }

    public async Task<PersonProfile> GetAsync(int id, CancellationToken ct)
    {
        var p = await db.People.AsNoTracking().AsSplitQuery()
            .Include(x => x.OrgUnit).Include(x => x.Location).Include(x => x.Manager)
            .Include(x => x.Skills).ThenInclude(s => s.Skill)
            .Include(x => x.Interests).ThenInclude(i => i.Interest)
            .Include(x => x.Offers).Include(x => x.Asks)
            .SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("person", id);
        var reports = await db.People.AsNoTracking()
            .Where(r => r.ManagerId == id && r.Status == PersonStatus.Active)
            .OrderBy(r => r.Name)
            .Select(r => new PersonRef(r.Id, r.PreferredName ?? r.Name, r.Title))
            .ToListAsync(ct);
        return PersonProfile.From(p, reports);
    }

    static IEnumerable<string> Words(string? q) =>
        string.IsNullOrWhiteSpace(q)
            ? []
            : q.ToLowerInvariant().Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8);

    internal static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
