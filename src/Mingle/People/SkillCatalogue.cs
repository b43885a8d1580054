using Microsoft.EntityFrameworkCore;
using Mingle.Data;

namespace Mingle.People;

public sealed class SkillCatalogue(MingleDb db)
{
    /// <summary>Skills whose name or alias contains the text, most used first (for type-ahead).</summary>
    public async Task<IReadOnlyList<SkillSummary>> SearchAsync(string? q, int limit, CancellationToken ct)
    {
        var skills = db.Skills.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            if (q.Length > 100) throw new Errors.ValidationException("q", "Search text must be at most 100 characters.");
            var like = $"%{PeopleDirectory.EscapeLike(Skill.Normalize(q))}%";
            skills = skills.Where(s => EF.Functions.Like(s.NormalizedName, like, "\\")
                || s.Aliases.Any(a => EF.Functions.Like(a.Alias, like, "\\")));
        }
        return await skills
            .OrderByDescending(s => db.PersonSkills.Count(ps => ps.SkillId == s.Id)).ThenBy(s => s.Name)
            .Take(Math.Clamp(limit, 1, 100))
            .Select(s => new SkillSummary(s.Id, s.Name, s.Category, s.Aliases.Select(a => a.Alias).ToList(),
                db.PersonSkills.Count(ps => ps.SkillId == s.Id)))
            .ToListAsync(ct);
    }
}
