using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;
using Mingle.Programmes;

namespace Mingle.Mentoring;

/// <summary>My application to a mentoring cohort: apply, read, withdraw. Only ever my own application.</summary>
public sealed class MentoringApplications(MingleDb db, TimeProvider clock)
{
    public async Task<MentoringApplicationView> ApplyAsync(int me, string slug, ApplyForMentoring request, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var programme = await MentoringProgrammes.FindAsync(db, slug, ct);
        if (!await Audience.IncludesAsync(db, programme, me, ct))
            throw new ForbiddenException($"{programme.Name} is for a set audience (units, locations or levels) that does not include you.");
        var role = Enum.Parse<MentoringRole>(request.Role, ignoreCase: true);
        var skillIds = new List<int>();
        var unknown = new List<string>();
        foreach (var name in request.Skills!)
        {
            var normalized = Skill.Normalize(name);
            var id = await db.Skills.Where(s => s.NormalizedName == normalized).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct)
                ?? await db.SkillAliases.Where(a => a.Alias == normalized).Select(a => (int?)a.SkillId).SingleOrDefaultAsync(ct);
            if (id is { } found) { if (!skillIds.Contains(found)) skillIds.Add(found); }
            else unknown.Add(name.Trim());
        }
        var fieldErrors = new Dictionary<string, string[]>();
        if (unknown.Count > 0) fieldErrors["skills"] = [$"Not in the skill catalogue: {string.Join(", ", unknown)}."];
        var preferences = request.Preferences ?? [];
        if (preferences.Contains(me)) fieldErrors["preferences"] = ["You cannot prefer yourself."];
        else if (preferences.Length > 0)
        {
            var found = await db.People.CountAsync(p => preferences.Contains(p.Id) && p.Status == PersonStatus.Active, ct);
            if (found != preferences.Length) fieldErrors["preferences"] = ["Prefer people who work here."];
        }
        if (fieldErrors.Count > 0) throw new ValidationException(fieldErrors);

        var application = await db.MentoringApplications.Include(a => a.Skills).Include(a => a.Preferences)
            .SingleOrDefaultAsync(a => a.ProgrammeId == programme.Id && a.PersonId == me, ct);
        if (application is { Status: not MentoringApplicationStatus.Withdrawn })
            throw new ValidationException("role", "You have already applied to this cohort; withdraw first to change your application.");
        if (application is null)
        {
            application = new MentoringApplication { ProgrammeId = programme.Id, PersonId = me, Goals = "" };
            db.MentoringApplications.Add(application);
        }
        application.Role = role;
        application.Status = MentoringApplicationStatus.Submitted;
        application.Goals = request.Goals.Trim();
        application.Capacity = role == MentoringRole.Mentor ? request.Capacity!.Value : 1;
        application.CreatedAt = clock.GetUtcNow().UtcDateTime;
        application.Skills.Clear();
        application.Skills.AddRange(skillIds.Select(id => new MentoringApplicationSkill { SkillId = id }));
        application.Preferences.Clear();
        application.Preferences.AddRange(preferences.Select((p, i) => new MentoringPreference { PersonId = p, Rank = i + 1 }));
        await db.SaveChangesAsync(ct);
        return (await MineAsync(me, slug, ct))!;
    }

    /// <summary>My application, or null when I have none.</summary>
    public async Task<MentoringApplicationView?> MineAsync(int me, string slug, CancellationToken ct)
    {
        var programme = await MentoringProgrammes.FindAsync(db, slug, ct);
        var a = await db.MentoringApplications.AsNoTracking().Include(x => x.Skills).Include(x => x.Preferences)
            .SingleOrDefaultAsync(x => x.ProgrammeId == programme.Id && x.PersonId == me, ct);
        if (a is null) return null;
        var skillIds = a.Skills.Select(s => s.SkillId).ToList();
        var skills = await db.Skills.AsNoTracking().Where(s => skillIds.Contains(s.Id)).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(ct);
        var prefIds = a.Preferences.Select(p => p.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => prefIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new PersonRef(p.Id, p.Name, p.Title), ct);
        return new MentoringApplicationView(a.Id, programme.Slug, a.Role.ToString().ToLowerInvariant(), a.Status.ToString().ToLowerInvariant(),
            a.Goals, skills, a.Capacity, [.. a.Preferences.OrderBy(p => p.Rank).Where(p => people.ContainsKey(p.PersonId)).Select(p => people[p.PersonId])],
            a.CreatedAt);
    }

    /// <summary>Withdraws my application (and takes me out of the owner's draft). A matched mentee ends the relationship instead.</summary>
    public async Task<MentoringApplicationView> WithdrawAsync(int me, string slug, CancellationToken ct)
    {
        var programme = await MentoringProgrammes.FindAsync(db, slug, ct);
        var application = await db.MentoringApplications.SingleOrDefaultAsync(a => a.ProgrammeId == programme.Id && a.PersonId == me, ct)
            ?? throw new NotFoundException("mentoring application", slug);
        if (application.Status == MentoringApplicationStatus.Matched)
            throw new ValidationException("status", "You have been matched; end the relationship instead.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        application.Status = MentoringApplicationStatus.Withdrawn;
        await db.MentoringRelationships.Where(r => r.ProgrammeId == programme.Id && r.Status == MentoringRelationshipStatus.Proposed
            && (r.MentorId == me || r.MenteeId == me)).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await MineAsync(me, slug, ct))!;
    }
}
