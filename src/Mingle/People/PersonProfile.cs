namespace Mingle.People;

/// <summary>The public profile: directory facts from the HRIS plus what the person chose to share.</summary>
public sealed record PersonProfile(
    int Id,
    string Name,
    string FullName,
    string? PreferredName,
    string Email,
    string? Title,
    int? UnitId,
    string? Unit,
    string? UnitPath,
    string? Function,
    int? LocationId,
    string? Location,
    string? Country,
    string? TimeZone,
    int? Level,
    DateOnly? HireDate,
    string? Languages,
    string? Bio,
    string? PhotoUrl,
    string Status,
    PersonRef? Manager,
    IReadOnlyList<PersonRef> Reports,
    IReadOnlyList<SkillView> Skills,
    IReadOnlyList<string> Interests,
    IReadOnlyList<string> Offers,
    IReadOnlyList<string> Asks)
{
    public static PersonProfile From(Person p, IReadOnlyList<PersonRef> reports) => new(
        p.Id, p.DisplayName, p.Name, p.PreferredName, p.Email, p.Title, p.OrgUnitId, p.OrgUnit?.Name, p.OrgUnit?.Path,
        p.OrgUnit?.Function, p.LocationId, p.Location?.Name, p.Location?.Country, p.TimeZone ?? p.Location?.TimeZone,
        p.Level, p.HireDate, p.Languages, p.Bio, p.PhotoUrl, p.Status.ToString().ToLowerInvariant(),
        p.Manager is { } m ? new PersonRef(m.Id, m.DisplayName, m.Title) : null,
        reports,
        [.. p.Skills.OrderByDescending(s => s.Level).ThenBy(s => s.Skill!.Name)
            .Select(s => new SkillView(s.Skill!.Name, s.Level, s.CanTeach, s.WantsToLearn))],
        [.. p.Interests.Select(i => i.Interest!.Name).Order(StringComparer.OrdinalIgnoreCase)],
        [.. p.Offers.Select(o => o.Text)],
        [.. p.Asks.Where(a => a.IsOpen).Select(a => a.Text)]);
}
