namespace Mingle.Network;

/// <summary>
/// Quick-log of an interaction with someone. Type is one of <see cref="LoggableTypes.Names"/> ("coffee",
/// "help given", …; spaces, dashes and case don't matter). For advice and mentoring, <see cref="Received"/> says I was
/// the one advised or mentored (help given/received say it in the type).
/// </summary>
public sealed record LogInteraction(int PersonId, string? Type, DateOnly? Date, string? Note = null, bool Received = false)
{
    public const int MaxNoteLength = 2000;

    public Dictionary<string, string[]> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (PersonId <= 0) errors["personId"] = ["Person is required."];
        if (LoggableTypes.Parse(Type) is null)
            errors["type"] = [$"Type must be one of: {string.Join(", ", LoggableTypes.Names)}."];
        if (Date is null) errors["date"] = ["Date is required."];
        else if (Date > today) errors["date"] = ["Date cannot be in the future."];
        else if (Date < today.AddYears(-10)) errors["date"] = ["Date must be within the last ten years."];
        if (Note is { Length: > MaxNoteLength }) errors["note"] = [$"Note must be at most {MaxNoteLength} characters."];
        return errors;
    }
}
