using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Mingle.Programmes;

/// <summary>The iCalendar invitation for a match: a 30-minute slot at the suggested start, everyone as attendee.</summary>
public static class RoundInvitation
{
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
