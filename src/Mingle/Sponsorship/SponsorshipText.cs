namespace Mingle.Sponsorship;

/// <summary>The lower-case names the API and pages use for kinds and outcomes.</summary>
public static class SponsorshipText
{
    public static string Of(NominationKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(NominationOutcome outcome) => outcome == NominationOutcome.NotSelected ? "not-selected" : outcome.ToString().ToLowerInvariant();

    public static bool TryKind(string? text, out NominationKind kind)
    {
        kind = default;
        if (text is null) return false;
        foreach (var k in Enum.GetValues<NominationKind>())
            if (string.Equals(Of(k), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        return false;
    }

    public static bool TryOutcome(string? text, out NominationOutcome outcome)
    {
        outcome = default;
        if (text is null) return false;
        foreach (var o in Enum.GetValues<NominationOutcome>())
            if (string.Equals(Of(o), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                outcome = o;
                return true;
            }
        return false;
    }
}
