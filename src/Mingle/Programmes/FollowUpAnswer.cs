namespace Mingle.Programmes;

/// <summary>"Did you meet?"</summary>
public enum FollowUpAnswer
{
    Yes,
    No,
    Rescheduled,
}
