using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.People;
using Mingle.Programmes;

namespace Mingle.Onboarding;

/// <summary>Who a programme may involve (privacy rule 4): with enrol-all everyone active who has not left it,
/// otherwise its active members — in both cases only people in the programme's <see cref="Audience"/>.</summary>
public static class ProgrammeAudience
{
    public static async Task<bool> IncludesAsync(MingleDb db, Programme programme, int personId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(programme);
        if (!await db.People.AnyAsync(p => p.Id == personId && p.Status == PersonStatus.Active, ct)) return false;
        if (!await Audience.IncludesAsync(db, programme, personId, ct)) return false;
        var m = await db.ProgrammeMembers.AsNoTracking().SingleOrDefaultAsync(x => x.ProgrammeId == programme.Id && x.PersonId == personId, ct);
        return m is null ? programme.EnrolAll : m.IsActiveOn(today);
    }
}
