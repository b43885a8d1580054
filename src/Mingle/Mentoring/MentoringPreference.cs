namespace Mingle.Mentoring;

/// <summary>Someone the applicant would like to be paired with; rank 1 is the first choice. Never shown to that person.</summary>
public sealed class MentoringPreference
{
    public long ApplicationId { get; set; }
    public int PersonId { get; set; }
    public int Rank { get; set; }
}
