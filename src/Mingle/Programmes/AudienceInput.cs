namespace Mingle.Programmes;

/// <summary>Who a programme is for. Everything empty or null = everyone. Units include their descendant units;
/// a person must match every dimension that is set (any of the units, any of the locations, within the levels).</summary>
public sealed record AudienceInput(IReadOnlyList<int>? UnitIds = null, IReadOnlyList<int>? LocationIds = null, int? MinLevel = null, int? MaxLevel = null)
{
    public const int MaxChoices = 200;

    /// <summary>Shape checks; whether the ids exist is checked against the database by <see cref="Audience"/>.</summary>
    public Dictionary<string, string[]> Validate(string prefix = "audience.")
    {
        var errors = new Dictionary<string, string[]>();
        if (UnitIds is { Count: > MaxChoices }) errors[prefix + "unitIds"] = [$"At most {MaxChoices} units."];
        if (LocationIds is { Count: > MaxChoices }) errors[prefix + "locationIds"] = [$"At most {MaxChoices} locations."];
        if (MinLevel is < 1 or > 10) errors[prefix + "minLevel"] = ["A level from 1 to 10."];
        if (MaxLevel is < 1 or > 10) errors[prefix + "maxLevel"] = ["A level from 1 to 10."];
        if (MinLevel is { } min && MaxLevel is { } max && min > max) errors[prefix + "maxLevel"] = ["Must not be below the minimum level."];
        return errors;
    }
}
