namespace Mingle.Surveys;

/// <summary>A network survey: name-generator and scale questions put to an audience between two dates (privacy rule 5).</summary>
public sealed class Survey
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>Shown to respondents before they answer: who sees what.</summary>
    public required string ConfidentialityStatement { get; set; }

    /// <summary>Comma-separated org unit ids (each with its sub-units); empty means everyone.</summary>
    public string AudienceUnits { get; set; } = "";

    public DateTime OpensAt { get; set; }

    public DateTime ClosesAt { get; set; }

    public bool AllowComment { get; set; }

    /// <summary>Share of the audience that must answer before any result is shown.</summary>
    public double MinResponseRate { get; set; } = 0.6;

    /// <summary>Null once the creator is erased.</summary>
    public int? CreatedById { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<SurveyQuestion> Questions { get; set; } = [];

    public IReadOnlyList<int> AudienceUnitIds =>
        AudienceUnits.Length == 0 ? [] : [.. AudienceUnits.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];

    public bool IsOpenAt(DateTime now) => now >= OpensAt && now < ClosesAt;

    /// <summary>Whether a person in the unit at <paramref name="path"/> is in an audience addressed to the units at
    /// <paramref name="unitPaths"/> (each with its sub-units).</summary>
    public static bool UnderAny(IReadOnlyList<string> unitPaths, string path)
    {
        ArgumentNullException.ThrowIfNull(unitPaths);
        ArgumentNullException.ThrowIfNull(path);
        return unitPaths.Any(u => path == u || path.StartsWith(u + "/", StringComparison.Ordinal));
    }
}
