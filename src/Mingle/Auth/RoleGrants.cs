using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;

namespace Mingle.Auth;

public sealed class RoleGrants(MingleDb db, TimeProvider clock, AuditLog audit)
{
    public async Task<bool> GrantAsync(string email, string role, int? actorId, CancellationToken ct)
    {
        var (personId, name) = await ResolveAsync(email, role, ct);
        if (await db.RoleGrants.AnyAsync(r => r.PersonId == personId && r.Role == name, ct)) return false;
        db.RoleGrants.Add(new RoleGrant { PersonId = personId, Role = name, GrantedAt = clock.GetUtcNow().UtcDateTime });
        audit.Add(actorId, "role.grant", $"person:{personId}", name);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> RevokeAsync(string email, string role, int? actorId, CancellationToken ct)
    {
        var (personId, name) = await ResolveAsync(email, role, ct);
        var grant = await db.RoleGrants.SingleOrDefaultAsync(r => r.PersonId == personId && r.Role == name, ct);
        if (grant is null) return false;
        db.RoleGrants.Remove(grant);
        audit.Add(actorId, "role.revoke", $"person:{personId}", name);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<List<string>> RolesOfAsync(int personId, CancellationToken ct) =>
        db.RoleGrants.Where(r => r.PersonId == personId).Select(r => r.Role).ToListAsync(ct);

    async Task<(int PersonId, string Role)> ResolveAsync(string email, string role, CancellationToken ct)
    {
        var name = Role.Parse(role)
            ?? throw new ValidationException("role", $"Unknown role '{role}'. Roles: {string.Join(", ", Role.All)}.");
        return (await db.People.IdByEmailAsync(email, ct), name);
    }
}
