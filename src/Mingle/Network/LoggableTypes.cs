namespace Mingle.Network;

/// <summary>The interaction types a person can log by hand, with their names in the API.</summary>
public static class LoggableTypes
{
    static readonly Dictionary<string, InteractionType> ByKey = new()
    {
        ["coffee"] = InteractionType.Coffee,
        ["meeting"] = InteractionType.Meeting,
        ["call"] = InteractionType.Call,
        ["helpgiven"] = InteractionType.HelpGiven,
        ["helpreceived"] = InteractionType.HelpReceived,
        ["advice"] = InteractionType.Advice,
        ["mentoring"] = InteractionType.Mentoring,
        ["introduction"] = InteractionType.Introduction,
        ["social"] = InteractionType.Social,
    };

    public static IReadOnlyList<string> Names { get; } =
        ["coffee", "meeting", "call", "help given", "help received", "advice", "mentoring", "introduction", "social"];

    public static InteractionType? Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 40) return null;
        var key = new string(name.Where(char.IsLetter).ToArray()).ToLowerInvariant();
        return ByKey.TryGetValue(key, out var type) ? type : null;
    }

    /// <summary>The API name of any type, including ones only features produce (kudos, message…).</summary>
    public static string NameOf(InteractionType type) => type switch
    {
        InteractionType.HelpGiven => "help given",
        InteractionType.HelpReceived => "help received",
        _ => type.ToString().ToLowerInvariant(),
    };
}
