using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;

namespace Mingle.Programmes;

/// <summary>
/// A programme's audience, resolved for matching people against it: the chosen units expanded to all their
/// descendants (by path), the chosen locations and the level range. A person is in it when they match every
/// dimension that is set; with nothing set, everyone is. Join, enrol-all and every planner read it, so someone
/// who moves out of the audience drops out of the next round.
/// </summary>
public sealed class Audience
{
    readonly HashSet<int> units;
    readonly HashSet<int> locations;

    Audience(HashSet<int> units, HashSet<int> locations, int? minLevel, int? maxLevel, bool hasUnits, bool hasLocations)
    {
        this.units = units;
        this.locations = locations;
        MinLevel = minLevel;
        MaxLevel = maxLevel;
        HasUnits = hasUnits;
        HasLocations = hasLocations;
    }

    public static Audience Everyone { get; } = new([], [], null, null, false, false);

    public int? MinLevel { get; }
    public int? MaxLevel { get; }
    bool HasUnits { get; }
    bool HasLocations { get; }

    public bool IsEveryone => !HasUnits && !HasLocations && MinLevel is null && MaxLevel is null;

    /// <summary>Whether someone with this unit, location and level is in the audience. A person without a level is
    /// outside any level range (the HRIS has not said they are within it).</summary>
    public bool Includes(int? orgUnitId, int? locationId, int? level)
    {
        if (HasUnits && (orgUnitId is not { } u || !units.Contains(u))) return false;
        if (HasLocations && (locationId is not { } l || !locations.Contains(l))) return false;
        if (MinLevel is { } min && (level is not { } a || a < min)) return false;
        if (MaxLevel is { } max && (level is not { } b || b > max)) return false;
        return true;
    }

    public bool Includes(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Includes(person.OrgUnitId, person.LocationId, person.Level);
    }

    /// <summary>The stored audience of a programme.</summary>
    public static async Task<Audience> LoadAsync(MingleDb db, Programme programme, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(programme);
        var unitIds = await db.ProgrammeAudienceUnits.AsNoTracking().Where(a => a.ProgrammeId == programme.Id).Select(a => a.OrgUnitId).ToListAsync(ct);
        var locationIds = await db.ProgrammeAudienceLocations.AsNoTracking().Where(a => a.ProgrammeId == programme.Id).Select(a => a.LocationId).ToListAsync(ct);
        if (unitIds.Count == 0 && locationIds.Count == 0 && programme.AudienceMinLevel is null && programme.AudienceMaxLevel is null) return Everyone;
        return new Audience(await WithDescendantsAsync(db, unitIds, ct), [.. locationIds], programme.AudienceMinLevel, programme.AudienceMaxLevel,
            unitIds.Count > 0, locationIds.Count > 0);
    }

    /// <summary>Whether one person (active or not) is in the programme's audience.</summary>
    public static async Task<bool> IncludesAsync(MingleDb db, Programme programme, int personId, CancellationToken ct)
    {
        var audience = await LoadAsync(db, programme, ct);
        if (audience.IsEveryone) return true;
        var p = await db.People.AsNoTracking().Where(x => x.Id == personId).Select(x => new { x.OrgUnitId, x.LocationId, x.Level }).SingleOrDefaultAsync(ct);
        return p is not null && audience.Includes(p.OrgUnitId, p.LocationId, p.Level);
    }

    /// <summary>The units and every unit below them, by path prefix.</summary>
    static async Task<HashSet<int>> WithDescendantsAsync(MingleDb db, List<int> unitIds, CancellationToken ct)
    {
        var result = new HashSet<int>();
        if (unitIds.Count == 0) return result;
        var paths = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => u.Path).ToListAsync(ct);
        foreach (var path in paths)
        {
            var below = path + "/";
            result.UnionWith(await db.OrgUnits.AsNoTracking().Where(u => u.Path == path || u.Path.StartsWith(below)).Select(u => u.Id).ToListAsync(ct));
        }
        return result;
    }

    /// <summary>Replaces a programme's audience with <paramref name="input"/> (null = everyone). Unknown unit or
    /// location ids are a validation error naming the field; nothing is saved then. The caller saves.</summary>
    public static async Task ApplyAsync(MingleDb db, Programme programme, AudienceInput? input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(programme);
        input ??= new AudienceInput();
        if (input.Validate() is { Count: > 0 } errors) throw new ValidationException(errors);
        var unitIds = (input.UnitIds ?? []).Distinct().ToList();
        var locationIds = (input.LocationIds ?? []).Distinct().ToList();
        var fieldErrors = new Dictionary<string, string[]>();
        var knownUnits = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        if (unitIds.Except(knownUnits).ToList() is { Count: > 0 } missingUnits)
            fieldErrors["audience.unitIds"] = [$"No such unit: {string.Join(", ", missingUnits)}."];
        var knownLocations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct);
        if (locationIds.Except(knownLocations).ToList() is { Count: > 0 } missingLocations)
            fieldErrors["audience.locationIds"] = [$"No such location: {string.Join(", ", missingLocations)}."];
        if (fieldErrors.Count > 0) throw new ValidationException(fieldErrors);

        programme.AudienceMinLevel = input.MinLevel;
        programme.AudienceMaxLevel = input.MaxLevel;
        if (programme.Id == 0)
        {
            programme.AudienceUnits = [.. unitIds.Select(id => new ProgrammeAudienceUnit { OrgUnitId = id })];
            programme.AudienceLocations = [.. locationIds.Select(id => new ProgrammeAudienceLocation { LocationId = id })];
            return;
        }
        // Only the difference changes: removing and re-adding the same key in one unit of work would clash.
        var units = await db.ProgrammeAudienceUnits.Where(a => a.ProgrammeId == programme.Id).ToListAsync(ct);
        db.ProgrammeAudienceUnits.RemoveRange(units.Where(a => !unitIds.Contains(a.OrgUnitId)));
        db.ProgrammeAudienceUnits.AddRange(unitIds.Where(id => units.All(a => a.OrgUnitId != id))
            .Select(id => new ProgrammeAudienceUnit { ProgrammeId = programme.Id, OrgUnitId = id }));
        var locations = await db.ProgrammeAudienceLocations.Where(a => a.ProgrammeId == programme.Id).ToListAsync(ct);
        db.ProgrammeAudienceLocations.RemoveRange(locations.Where(a => !locationIds.Contains(a.LocationId)));
        db.ProgrammeAudienceLocations.AddRange(locationIds.Where(id => locations.All(a => a.LocationId != id))
            .Select(id => new ProgrammeAudienceLocation { ProgrammeId = programme.Id, LocationId = id }));
    }

    /// <summary>The audience as shown; <paramref name="withSize"/> counts the active people in it (owners only).</summary>
    public static async Task<AudienceView> ViewAsync(MingleDb db, Programme programme, bool withSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(programme);
        var units = await db.ProgrammeAudienceUnits.AsNoTracking().Where(a => a.ProgrammeId == programme.Id)
            .Join(db.OrgUnits, a => a.OrgUnitId, u => u.Id, (a, u) => new AudienceChoice(u.Id, u.Path)).ToListAsync(ct);
        var locations = await db.ProgrammeAudienceLocations.AsNoTracking().Where(a => a.ProgrammeId == programme.Id)
            .Join(db.Locations, a => a.LocationId, l => l.Id, (a, l) => new AudienceChoice(l.Id, l.Name)).ToListAsync(ct);
        int? size = null;
        if (withSize)
        {
            var audience = await LoadAsync(db, programme, ct);
            var people = await db.People.AsNoTracking().Where(p => p.Status == PersonStatus.Active)
                .Select(p => new { p.OrgUnitId, p.LocationId, p.Level }).ToListAsync(ct);
            size = people.Count(p => audience.Includes(p.OrgUnitId, p.LocationId, p.Level));
        }
        var below = size < ProgrammeDirectory.MinimumGroupSize;
        return new AudienceView(units.Count == 0 && locations.Count == 0 && programme.AudienceMinLevel is null && programme.AudienceMaxLevel is null,
            [.. units.OrderBy(u => u.Name, StringComparer.Ordinal)], [.. locations.OrderBy(l => l.Name, StringComparer.Ordinal)],
            programme.AudienceMinLevel, programme.AudienceMaxLevel, below ? null : size, below);
    }
}
