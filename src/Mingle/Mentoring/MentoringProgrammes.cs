using Microsoft.EntityFrameworkCore;
using Mingle.Auth;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Programmes;

namespace Mingle.Mentoring;

/// <summary>Finds mentoring programmes by slug; a programme of another type is "not found" here.</summary>
static class MentoringProgrammes
{
    public static async Task<Programme> FindAsync(MingleDb db, string slug, CancellationToken ct) =>
        await db.Programmes.SingleOrDefaultAsync(p => p.Slug == slug && p.Type == ProgrammeType.Mentoring, ct)
        ?? throw new NotFoundException("mentoring programme", slug);

    /// <summary>Only the programme's owner (or an Admin; null actor = the operator) reviews and publishes.</summary>
    public static async Task<Programme> OwnedAsync(MingleDb db, RoleGrants roles, int? actor, string slug, CancellationToken ct)
    {
        var programme = await FindAsync(db, slug, ct);
        if (actor is { } me && programme.OwnerId != me && !(await roles.RolesOfAsync(me, ct)).Contains(Role.Admin))
            throw new ForbiddenException("Only the programme's owner reviews its mentoring cohort.");
        return programme;
    }
}
