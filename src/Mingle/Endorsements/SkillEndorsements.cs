using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;

namespace Mingle.Endorsements;

/// <summary>
/// Endorsing a colleague's declared skill and withdrawing it. Only skills the person declares as something they
/// know (not merely want to learn) can be endorsed; endorsing twice is the same as once; a skill later removed from
/// the profile keeps its rows but they no longer show or count anywhere.
/// </summary>
public sealed class SkillEndorsements(MingleDb db, TimeProvider clock)
{
    public async Task<SkillEndorsementList> EndorseAsync(int me, int personId, int skillId, CancellationToken ct)
    {
        if (personId == me) throw new ValidationException("personId", "You cannot endorse your own skills.");
        await RequireDeclaredAsync(personId, skillId, ct);
        if (!await db.Endorsements.AnyAsync(e => e.EndorserId == me && e.PersonId == personId && e.SkillId == skillId, ct))
        {
            db.Endorsements.Add(new Endorsement { EndorserId = me, PersonId = personId, SkillId = skillId, CreatedAt = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // A double click raced this one in; if the endorsement exists, that is what was asked.
                db.ChangeTracker.Clear();
                if (!await db.Endorsements.AnyAsync(e => e.EndorserId == me && e.PersonId == personId && e.SkillId == skillId, ct)) throw;
            }
        }
        return await ForPersonAsync(me, personId, ct);
    }

    public async Task<SkillEndorsementList> WithdrawAsync(int me, int personId, int skillId, CancellationToken ct)
    {
        var removed = await db.Endorsements.Where(e => e.EndorserId == me && e.PersonId == personId && e.SkillId == skillId).ExecuteDeleteAsync(ct);
        if (removed == 0) throw new NotFoundException("endorsement", $"{personId}/{skillId}");
        return await ForPersonAsync(me, personId, ct);
    }

    /// <summary>Every skill the person declares (as known), with its endorsement count, most endorsed first.</summary>
    public async Task<SkillEndorsementList> ForPersonAsync(int me, int personId, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId && p.Status == PersonStatus.Active, ct)) throw new NotFoundException("person", personId);
        var skills = await db.PersonSkills.AsNoTracking().Where(s => s.PersonId == personId && !s.WantsToLearn)
            .Select(s => new { s.SkillId, s.Skill!.Name }).ToListAsync(ct);
        var counts = await db.Endorsements.AsNoTracking().Where(e => e.PersonId == personId)
            .GroupBy(e => e.SkillId).Select(g => new { SkillId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.SkillId, g => g.Count, ct);
        var mine = (await db.Endorsements.AsNoTracking().Where(e => e.PersonId == personId && e.EndorserId == me)
            .Select(e => e.SkillId).ToListAsync(ct)).ToHashSet();
        return new SkillEndorsementList(personId, [.. skills
            .Select(s => new SkillEndorsement(s.SkillId, s.Name, counts.GetValueOrDefault(s.SkillId), mine.Contains(s.SkillId)))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Skill, StringComparer.OrdinalIgnoreCase)]);
    }

    async Task RequireDeclaredAsync(int personId, int skillId, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId && p.Status == PersonStatus.Active, ct)) throw new NotFoundException("person", personId);
        var declared = await db.PersonSkills.AsNoTracking().Where(s => s.PersonId == personId && s.SkillId == skillId)
            .Select(s => (bool?)s.WantsToLearn).SingleOrDefaultAsync(ct);
        if (declared is null) throw new NotFoundException("skill on this profile", skillId);
        if (declared.Value) throw new ValidationException("skillId", "They list this skill as one they want to learn, so it cannot be endorsed.");
    }
}
