using System.Globalization;

namespace Mingle.Programmes;

/// <summary>A programme's audience as API responses and pages show it. <see cref="Size"/> (active people in the
/// audience) is only filled for the programme's owner or an Admin, and only when at least the minimum group size
/// (privacy rule 1: an audience of units, locations and levels is a group); below it <see cref="SizeBelowMinimum"/>
/// is true instead.</summary>
public sealed record AudienceView(
    bool Everyone, IReadOnlyList<AudienceChoice> Units, IReadOnlyList<AudienceChoice> Locations, int? MinLevel, int? MaxLevel,
    int? Size = null, bool SizeBelowMinimum = false)
{
    /// <summary>"Everyone", or the dimensions that are set, e.g. "units Engineering; locations Lisbon; levels 3–any".</summary>
    public string Summary()
    {
        if (Everyone) return "Everyone";
        var parts = new List<string>();
        if (Units.Count > 0) parts.Add("units " + string.Join(", ", Units.Select(u => u.Name)));
        if (Locations.Count > 0) parts.Add("locations " + string.Join(", ", Locations.Select(l => l.Name)));
        if (MinLevel is not null || MaxLevel is not null)
            parts.Add($"levels {MinLevel?.ToString(CultureInfo.InvariantCulture) ?? "any"}–{MaxLevel?.ToString(CultureInfo.InvariantCulture) ?? "any"}");
        return string.Join("; ", parts);
    }
}

/// <summary>A unit (by path) or location (by name) chosen for an audience.</summary>
public sealed record AudienceChoice(int Id, string Name);
