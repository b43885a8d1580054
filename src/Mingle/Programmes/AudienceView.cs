namespace Mingle.Programmes;

/// <summary>A programme's audience as API responses and pages show it. <see cref="Size"/> (active people in the
/// audience) is only filled for the programme's owner or an Admin, and only when at least the minimum group size
/// (privacy rule 1: an audience of units, locations and levels is a group); below it <see cref="SizeBelowMinimum"/>
/// is true instead.</summary>
public sealed record AudienceView(
    bool Everyone, IReadOnlyList<AudienceChoice> Units, IReadOnlyList<AudienceChoice> Locations, int? MinLevel, int? MaxLevel,
    int? Size = null, bool SizeBelowMinimum = false);

/// <summary>A unit (by path) or location (by name) chosen for an audience.</summary>
public sealed record AudienceChoice(int Id, string Name);
