namespace Mingle.Mentoring;

/// <summary>Proposed pairs are the owner's draft (never shown to the applicants); publishing makes them Active.</summary>
public enum MentoringRelationshipStatus
{
    Proposed,
    Active,
    Ended,
}
