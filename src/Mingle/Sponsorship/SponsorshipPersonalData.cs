using Microsoft.EntityFrameworkCore;
using Mingle.Data;

namespace Mingle.Sponsorship;

/// <summary>Privacy rule 6 for the sponsorship tables: what they hold about a person, and erasing every row naming them.</summary>
public static class SponsorshipPersonalData
{
    public static async Task<ExportedSponsorship> ExportAsync(MingleDb db, int personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pairs = await db.SponsorshipPairs.AsNoTracking().Include(p => p.Nominations)
            .Where(p => p.SponsorId == personId || p.ProtegeId == personId)
            .Join(db.Programmes, x => x.ProgrammeId, p => p.Id, (x, p) => new { x, p.Slug }).ToListAsync(ct);
        return new ExportedSponsorship([.. pairs.OrderBy(p => p.x.StartedAt).Select(p => new ExportedSponsorshipPair(p.Slug,
            p.x.SponsorId == personId ? "sponsor" : "protégé", p.x.SponsorId == personId ? p.x.ProtegeId : p.x.SponsorId, p.x.StartedAt, p.x.EndedAt,
            [.. p.x.Nominations.OrderBy(n => n.NominatedOn).Select(n => new ExportedSponsorshipNomination(n.Opportunity, SponsorshipText.Of(n.Kind),
                n.NominatedOn, SponsorshipText.Of(n.Outcome), n.OutcomeAt))]))]);
    }

    public static async Task EraseAsync(MingleDb db, int personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = await db.SponsorshipPairs.Where(p => p.SponsorId == personId || p.ProtegeId == personId).Select(p => p.Id).ToListAsync(ct);
        await db.Nominations.Where(n => ids.Contains(n.PairId)).ExecuteDeleteAsync(ct);
        await db.SponsorshipPairs.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(ct);
    }
}

public sealed record ExportedSponsorship(IReadOnlyList<ExportedSponsorshipPair> Pairs);

public sealed record ExportedSponsorshipPair(string Programme, string MyRole, int OtherPersonId, DateTime StartedAt, DateTime? EndedAt,
    IReadOnlyList<ExportedSponsorshipNomination> Nominations);

public sealed record ExportedSponsorshipNomination(string Opportunity, string Kind, DateOnly NominatedOn, string Outcome, DateTime? OutcomeAt);
