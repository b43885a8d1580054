namespace Mingle.Mentoring;

/// <summary>Applying to a mentoring cohort. Role is "mentor" or "mentee"; skills are catalogue names or aliases
/// (offered by a mentor, wanted by a mentee); preferences are person ids, first choice first; capacity is for mentors.</summary>
public sealed record ApplyForMentoring(string Role, string Goals, string[]? Skills = null, int? Capacity = null, int[]? Preferences = null)
{
    public const int MaxSkills = 10;
    public const int MaxPreferences = 3;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<MentoringRole>(Role, ignoreCase: true, out var role) || !Enum.IsDefined(role)) errors["role"] = ["One of mentor, mentee."];
        if (string.IsNullOrWhiteSpace(Goals) || Goals.Length > 2000) errors["goals"] = ["Goals of at most 2,000 characters are required."];
        if (Skills is not { Length: > 0 } || Skills.Length > MaxSkills) errors["skills"] = [$"Name 1 to {MaxSkills} skills from the catalogue."];
        else if (Skills.Any(s => string.IsNullOrWhiteSpace(s) || s.Length > 100)) errors["skills"] = ["Skill names are 1–100 characters."];
        if (role == MentoringRole.Mentor && Capacity is not (>= 1 and <= 5)) errors["capacity"] = ["Mentors take 1 to 5 mentees."];
        if (role == MentoringRole.Mentee && Capacity is not (null or 1)) errors["capacity"] = ["Capacity is for mentors."];
        if (Preferences is { } prefs && (prefs.Length > MaxPreferences || prefs.Distinct().Count() != prefs.Length))
            errors["preferences"] = [$"At most {MaxPreferences} different people, first choice first."];
        return errors;
    }
}

/// <summary>An owner's change to the draft cohort: add (mentor + mentee), remove (mentee), swap (two mentees'
/// mentors) or reset (back to the optimal proposal).</summary>
public sealed record AdjustCohort(string Action, int? MentorId = null, int? MenteeId = null, int? OtherMenteeId = null);

public sealed record LogMentoringSession(DateOnly HeldOn, string? Note = null)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Note is { Length: > 4000 }) errors["note"] = ["At most 4,000 characters."];
        return errors;
    }
}

/// <summary>Ending a relationship, with a rating (1–5) and optional feedback for the programme's owner (anonymous, aggregated).</summary>
public sealed record EndMentoring(int Rating, string? Feedback = null)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Rating is < 1 or > 5) errors["rating"] = ["Rate from 1 to 5."];
        if (Feedback is { Length: > 2000 }) errors["feedback"] = ["At most 2,000 characters."];
        return errors;
    }
}
