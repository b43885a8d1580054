namespace Mingle.Sponsorship;

public sealed record CreatePair(int SponsorId, int ProtegeId);

public sealed record RecordNomination(int ProtegeId, string Opportunity, string Kind = "role", DateOnly? NominatedOn = null)
{
    public Dictionary<string, string[]> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (ProtegeId <= 0) errors["protegeId"] = ["Choose one of your protégés."];
        if (string.IsNullOrWhiteSpace(Opportunity) || Opportunity.Trim().Length > 200) errors["opportunity"] = ["Describe the role, project or assignment in at most 200 characters."];
        if (!SponsorshipText.TryKind(Kind, out _)) errors["kind"] = ["One of role, project, stretch."];
        if (NominatedOn is { } d && (d > today || d < today.AddYears(-1))) errors["nominatedOn"] = ["A date within the last year, not in the future."];
        return errors;
    }
}

public sealed record UpdateOutcome(string Outcome)
{
    public Dictionary<string, string[]> Validate() =>
        SponsorshipText.TryOutcome(Outcome, out _) ? [] : new() { ["outcome"] = ["One of pending, successful, not-selected."] };
}

public sealed record UpdateSponsorshipSettings(int MinSponsorLevel = SponsorshipSettings.DefaultMinSponsorLevel,
    int MaxProteges = SponsorshipSettings.DefaultMaxProteges)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (MinSponsorLevel is < 1 or > 10) errors["minSponsorLevel"] = ["A level between 1 and 10."];
        if (MaxProteges is < 1 or > 20) errors["maxProteges"] = ["Between 1 and 20."];
        return errors;
    }
}
