using Microsoft.EntityFrameworkCore;
using Mingle.Auth;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Programmes;

namespace Mingle.Onboarding;

/// <summary>Finding a programme of one type, and checking that the caller owns it (or is an Admin).</summary>
public static class OwnedProgramme
{
    /// <summary>The programme, or "not found" when there is none of that type under the slug.</summary>
    public static async Task<Programme> FindAsync(MingleDb db, string slug, ProgrammeType type, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug && p.Type == type, ct)
            ?? throw new NotFoundException($"{type.ToString().ToLowerInvariant()} programme", slug);
    }

    public static async Task<bool> IsOwnerAsync(Programme programme, int? actor, RoleGrants roles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(roles);
        return actor is not { } me || programme.OwnerId == me || (await roles.RolesOfAsync(me, ct)).Contains(Role.Admin);
    }

    /// <summary>Only the programme's owner or an Admin (null actor = the operator's CLI or a job).</summary>
    public static async Task<Programme> OwnedAsync(MingleDb db, RoleGrants roles, int? actor, string slug, ProgrammeType type, CancellationToken ct)
    {
        var programme = await FindAsync(db, slug, type, ct);
        if (!await IsOwnerAsync(programme, actor, roles, ct)) throw new ForbiddenException("Only the programme's owner does that.");
        return programme;
    }
}
