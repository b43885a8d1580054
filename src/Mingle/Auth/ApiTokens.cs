using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;

namespace Mingle.Auth;

public sealed class ApiTokens(MingleDb db, TimeProvider clock, AuditLog audit)
{
    const string Prefix = "mgl_";

    /// <summary>Creates a token for an active person; returns the secret, which is never stored.</summary>
    public async Task<(string Token, ApiToken Record)> CreateAsync(string email, int days, CancellationToken ct)
    {
        if (days is < 1 or > 3650) throw new ValidationException("days", "Days must be between 1 and 3650.");
        var person = await db.People.ByEmailAsync(email, ct);
        if (person.Status != PersonStatus.Active)
            throw new ValidationException("email", $"{email} has left the organisation.");
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new ApiToken
        {
            PersonId = person.Id,
            Hash = Hash(token),
            Prefix = token[..10],
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.ApiTokens.Add(record);
        audit.Add(null, "token.create", $"person:{person.Id}", $"expires {record.ExpiresAt:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return (token, record);
    }

    /// <summary>The active person a token belongs to, or null when unknown, expired, revoked, or the person left.</summary>
    public async Task<Person?> AuthenticateAsync(string token, CancellationToken ct)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 100) return null;
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Join(db.People, t => t.PersonId, p => p.Id, (t, p) => p)
            .Where(p => p.Status == PersonStatus.Active)
            .SingleOrDefaultAsync(ct);
    }

    public async Task<int> RevokeAllAsync(int personId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.ApiTokens.Where(t => t.PersonId == personId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
    }

    static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
