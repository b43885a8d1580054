using Microsoft.EntityFrameworkCore;
using Mingle.Errors;

namespace Mingle.People;

/// <summary>Finding a person by the email an operator or identity provider gives us (stored lower-cased).</summary>
public static class PersonLookup
{
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>The person with this email, or <see cref="NotFoundException"/>.</summary>
    public static async Task<Person> ByEmailAsync(this IQueryable<Person> people, string email, CancellationToken ct)
    {
        var normalized = NormalizeEmail(email);
        return await people.SingleOrDefaultAsync(p => p.Email == normalized, ct)
            ?? throw new NotFoundException("person with email", email);
    }

    /// <summary>The id of the person with this email, or <see cref="NotFoundException"/>.</summary>
    public static async Task<int> IdByEmailAsync(this IQueryable<Person> people, string email, CancellationToken ct)
    {
        var normalized = NormalizeEmail(email);
        return await people.Where(p => p.Email == normalized).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("person with email", email);
    }
}
