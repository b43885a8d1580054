namespace Mingle.Introductions;

/// <summary>"I think A and B should meet, because …" — anyone may propose it; A and B decide.</summary>
public sealed record ProposeIntroduction(int PersonAId, int PersonBId, string? Reason)
{
    public Dictionary<string, string[]> Validate(int me)
    {
        var errors = new Dictionary<string, string[]>();
        if (PersonAId <= 0) errors["personAId"] = ["The first person is required."];
        if (PersonBId <= 0) errors["personBId"] = ["The second person is required."];
        if (PersonAId > 0 && PersonAId == PersonBId) errors["personBId"] = ["Introduce two different people."];
        if (PersonAId == me || PersonBId == me)
            errors[PersonAId == me ? "personAId" : "personBId"] = ["You cannot introduce yourself: add them to your network and ask to connect instead."];
        if (string.IsNullOrWhiteSpace(Reason)) errors["reason"] = ["Say why they should meet."];
        else if (Reason.Trim().Length > Introduction.MaxReasonLength)
            errors["reason"] = [$"The reason must be at most {Introduction.MaxReasonLength} characters."];
        return errors;
    }
}
