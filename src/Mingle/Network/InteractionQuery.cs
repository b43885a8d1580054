namespace Mingle.Network;

/// <summary>Filters for my interaction log: with one person, and/or a date range (inclusive).</summary>
public sealed record InteractionQuery(int? With = null, DateOnly? From = null, DateOnly? To = null, int Limit = 200)
{
    public const int MaxLimit = 1000;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (From is not null && To is not null && From > To) errors["from"] = ["From must not be after to."];
        if (Limit is < 1 or > MaxLimit) errors["limit"] = [$"Limit must be between 1 and {MaxLimit}."];
        return errors;
    }
}
