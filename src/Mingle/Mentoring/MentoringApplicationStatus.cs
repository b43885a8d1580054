namespace Mingle.Mentoring;

/// <summary>Submitted applications take part in the next cohort; a mentee's becomes Matched once published.</summary>
public enum MentoringApplicationStatus
{
    Submitted,
    Withdrawn,
    Matched,
}
