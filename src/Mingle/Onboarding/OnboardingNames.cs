namespace Mingle.Onboarding;

/// <summary>Display names for units, locations and interests, for the plain-language reasons.</summary>
public sealed record OnboardingNames(
    IReadOnlyDictionary<int, string> Units, IReadOnlyDictionary<int, string> Locations, IReadOnlyDictionary<int, string> Interests)
{
    public static OnboardingNames Empty { get; } = new(new Dictionary<int, string>(), new Dictionary<int, string>(), new Dictionary<int, string>());

    public string Unit(int id) => Units.GetValueOrDefault(id) ?? "another team";

    public string Location(int id) => Locations.GetValueOrDefault(id) ?? "the same site";

    public string Interest(int id) => Interests.GetValueOrDefault(id) ?? "the same things";
}
