using System.Text.RegularExpressions;

namespace Mingle.Programmes;

/// <summary>Creating a programme. Type and cadence are the lower-case names (coffee, weekly, …).</summary>
public sealed partial record CreateProgramme(
    string Slug, string Name, string? Description = null, string Type = "coffee", bool EnrolAll = false,
    string Cadence = "fortnightly", int GroupSize = 2, ProgrammeRulesInput? Rules = null, AudienceInput? Audience = null)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Slug) || !SlugPattern().IsMatch(Slug)) errors["slug"] = ["Use 2–64 lower-case letters, digits and dashes."];
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200) errors["name"] = ["A name of at most 200 characters is required."];
        if (Description is { Length: > 2000 }) errors["description"] = ["At most 2,000 characters."];
        if (!Enum.TryParse<ProgrammeType>(Type, ignoreCase: true, out var type) || !Enum.IsDefined(type)) errors["type"] = ["One of coffee, mentoring, sponsorship, buddy."];
        if (!Enum.TryParse<ProgrammeCadence>(Cadence, ignoreCase: true, out var c) || !Enum.IsDefined(c)) errors["cadence"] = ["One of weekly, fortnightly, monthly."];
        if (GroupSize is not (2 or 3)) errors["groupSize"] = ["2, or 3."];
        if (Rules is not null)
            foreach (var (k, v) in Rules.ToRules().Validate()) errors["rules." + k] = v;
        if (Audience is not null)
            foreach (var (k, v) in Audience.Validate()) errors[k] = v;
        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex SlugPattern();
}

/// <summary>Rule weights and limits; anything left out keeps its default.</summary>
public sealed record ProgrammeRulesInput(
    int? RepeatRounds = null, double? MinOverlapHours = null, int? MaxLevelGap = null, double? CrossUnitWeight = null,
    double? CrossLocationWeight = null, double? CrossLevelWeight = null, double? SiloWeight = null, double? SharedInterestWeight = null)
{
    public Matching.CoffeeRules ToRules()
    {
        var d = new Matching.CoffeeRules();
        return d with
        {
            RepeatRounds = RepeatRounds ?? d.RepeatRounds,
            MinOverlapHours = MinOverlapHours ?? d.MinOverlapHours,
            MaxLevelGap = MaxLevelGap ?? d.MaxLevelGap,
            CrossUnitWeight = CrossUnitWeight ?? d.CrossUnitWeight,
            CrossLocationWeight = CrossLocationWeight ?? d.CrossLocationWeight,
            CrossLevelWeight = CrossLevelWeight ?? d.CrossLevelWeight,
            SiloWeight = SiloWeight ?? d.SiloWeight,
            SharedInterestWeight = SharedInterestWeight ?? d.SharedInterestWeight,
        };
    }
}

public sealed record PauseRequest(DateOnly Until);

public sealed record BlockRequest(int PersonId);

/// <summary>"Did you meet?" plus optional kudos (plain text) to the other person or people of the match.</summary>
public sealed record FollowUpRequest(string Answer, string? Kudos = null);

/// <summary>My load budget: at most <paramref name="MaxPerMonth"/> programme meetings in any 30 days, across all
/// programmes (0 = none for now); <paramref name="UsedLast30Days"/> is only in responses.</summary>
public sealed record ProgrammeBudget(int MaxPerMonth, int UsedLast30Days = 0)
{
    public const int Max = 20;
}
