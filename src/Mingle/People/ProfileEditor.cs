using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Errors;

namespace Mingle.People;

public sealed class ProfileEditor(MingleDb db, TimeProvider clock, AuditLog audit)
{
    /// <summary>
    /// Replaces the editable parts of a profile. Only the person themselves or an Admin may do it; lists that are
    /// null stay as they are, lists that are given replace the old ones. Skills and interests resolve to the
    /// catalogue by name or alias; unknown names join the catalogue.
    /// </summary>
    public async Task UpdateAsync(int actorId, bool actorIsAdmin, int personId, UpdateProfile request, CancellationToken ct)
    {
        if (actorId != personId && !actorIsAdmin) throw new ForbiddenException("You can only edit your own profile.");
        if (request.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);

        var person = await db.People
            .Include(p => p.Skills).Include(p => p.Interests).Include(p => p.Offers).Include(p => p.Asks)
            .SingleOrDefaultAsync(p => p.Id == personId, ct)
            ?? throw new NotFoundException("person", personId);

        person.PreferredName = Clean(request.PreferredName);
        person.Bio = Clean(request.Bio);
        person.Languages = Clean(request.Languages);
        person.PhotoUrl = Clean(request.PhotoUrl);
        person.UpdatedAt = clock.GetUtcNow().UtcDateTime;

        if (request.Skills is { } skills)
        {
            person.Skills.Clear();
            foreach (var input in skills.DistinctBy(s => Skill.Normalize(s.Name)))
            {
                var skill = await ResolveSkillAsync(input.Name, ct);
                person.Skills.Add(new PersonSkill
                {
                    Skill = skill,
                    SkillId = skill.Id,
                    Level = input.Level,
                    CanTeach = input.CanTeach,
                    WantsToLearn = input.WantsToLearn,
                });
            }
        }
        if (request.Interests is { } interests)
        {
            person.Interests.Clear();
            foreach (var name in interests.Select(i => i.Trim()).DistinctBy(Skill.Normalize))
            {
                var normalized = Skill.Normalize(name);
                var interest = await db.Interests.SingleOrDefaultAsync(i => i.NormalizedName == normalized, ct)
                    ?? db.Interests.Local.SingleOrDefault(i => i.NormalizedName == normalized)
                    ?? db.Interests.Add(new Interest { Name = name, NormalizedName = normalized }).Entity;
                person.Interests.Add(new PersonInterest { Interest = interest });
            }
        }
        if (request.Offers is { } offers)
        {
            person.Offers.Clear();
            foreach (var text in offers.Select(o => o.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
                person.Offers.Add(new Offer { Text = text, SkillId = await FindSkillIdAsync(text, ct) });
        }
        if (request.Asks is { } asks)
        {
            person.Asks.Clear();
            foreach (var text in asks.Select(o => o.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
                person.Asks.Add(new Ask { Text = text, SkillId = await FindSkillIdAsync(text, ct) });
        }
        if (actorId != personId) audit.Add(actorId, "profile.update", $"person:{personId}");
        await db.SaveChangesAsync(ct);
    }

    async Task<Skill> ResolveSkillAsync(string name, CancellationToken ct)
    {
        var normalized = Skill.Normalize(name);
        var skill = await db.Skills.SingleOrDefaultAsync(s => s.NormalizedName == normalized, ct);
        if (skill is not null) return skill;
        var aliasOf = await db.SkillAliases.Where(a => a.Alias == normalized).Select(a => (int?)a.SkillId).SingleOrDefaultAsync(ct);
        if (aliasOf is { } id) return await db.Skills.SingleAsync(s => s.Id == id, ct);
        return db.Skills.Local.SingleOrDefault(s => s.NormalizedName == normalized)
            ?? db.Skills.Add(new Skill { Name = name.Trim(), NormalizedName = normalized }).Entity;
    }

    /// <summary>Ties an offer or ask to a catalogue skill when its text names one exactly ("Kubernetes").</summary>
    async Task<int?> FindSkillIdAsync(string text, CancellationToken ct)
    {
        var normalized = Skill.Normalize(text);
        return await db.Skills.Where(s => s.NormalizedName == normalized).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct)
            ?? await db.SkillAliases.Where(a => a.Alias == normalized).Select(a => (int?)a.SkillId).SingleOrDefaultAsync(ct);
    }

    static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
