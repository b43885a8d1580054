using Mingle.Introductions;

namespace Mingle.Privacy;

/// <summary>
/// An introduction in my data export. As a party I get my own answer; the other party's answer is theirs and shows
/// only as the joint outcome (accepted or not), exactly as in the app.
/// </summary>
public sealed record ExportedIntroduction(
    int Id, string Role, int ConnectorId, int PersonAId, int PersonBId, string Reason, string? MyAnswer, bool Accepted,
    DateTime CreatedAt, DateTime ExpiresAt, DateTime? AcceptedAt)
{
    public static ExportedIntroduction Of(Introduction i, int me)
    {
        ArgumentNullException.ThrowIfNull(i);
        var party = i.IsParty(me);
        return new ExportedIntroduction(i.Id, party ? "party" : "connector", i.ConnectorId, i.PersonAId, i.PersonBId, i.Reason,
            party ? i.AnswerOf(me).ToString() : null, i.AcceptedAt is not null, i.CreatedAt, i.ExpiresAt, i.AcceptedAt);
    }
}
