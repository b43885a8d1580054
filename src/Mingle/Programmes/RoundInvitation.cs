using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Mingle.Data;

namespace Mingle.Programmes;

/// <summary>The iCalendar invitation for a match: a 30-minute slot at the suggested start, everyone as attendee.</summary>
public static class RoundInvitation
{
    /// <summary>A match's invitation as stored (programme name, explanation, suggested start, everyone in it);
    /// null when the match does not exist. <paramref name="PersonIds"/> lets callers check who may see it.</summary>
    public sealed record MatchInvitation(string Ics, string ProgrammeName, DateTime SuggestedStartUtc, IReadOnlyList<int> PersonIds);

    public static async Task<MatchInvitation?> ForMatchAsync(MingleDb db, long matchId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var match = await db.ProgrammeMatches.AsNoTracking().Where(m => m.Id == matchId)
            .Join(db.ProgrammeRounds, m => m.RoundId, r => r.Id, (m, r) => new { m.Explanation, m.SuggestedStart, r.ProgrammeId })
            .Join(db.Programmes, x => x.ProgrammeId, p => p.Id, (x, p) => new { x.Explanation, x.SuggestedStart, p.Name })
            .SingleOrDefaultAsync(ct);
        if (match is null) return null;
        var people = await db.MatchParticipants.AsNoTracking().Where(p => p.MatchId == matchId)
            .Join(db.People, mp => mp.PersonId, p => p.Id, (mp, p) => new { p.Id, p.Name, p.Email })
            .OrderBy(p => p.Id).ToListAsync(ct);
        var ics = Build(matchId, match.Name, match.Explanation, match.SuggestedStart, [.. people.Select(p => (p.Name, p.Email))]);
        return new MatchInvitation(ics, match.Name, DateTime.SpecifyKind(match.SuggestedStart, DateTimeKind.Utc), [.. people.Select(p => p.Id)]);
    }

    public static string Build(long matchId, string programmeName, string explanation, DateTime startUtc,
        IReadOnlyList<(string Name, string Email)> people)
    {
        var calendar = new Calendar { Method = "REQUEST" };
        calendar.ProductId = "-//Mingle//Programmes//EN";
        var e = new CalendarEvent
        {
            Uid = $"mingle-match-{matchId}@mingle",
            Summary = $"{programmeName}: {string.Join(" & ", people.Select(p => p.Name))}",
            Description = explanation,
            DtStart = new CalDateTime(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(startUtc.AddMinutes(30), DateTimeKind.Utc)),
        };
        foreach (var (name, email) in people)
            e.Attendees.Add(new Attendee($"mailto:{email}") { CommonName = name, Rsvp = true, ParticipationStatus = "NEEDS-ACTION" });
        calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
