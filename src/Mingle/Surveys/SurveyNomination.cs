namespace Mingle.Surveys;

/// <summary>A colleague named in answer to a name-generator question.</summary>
public sealed class SurveyNomination
{
    public int Id { get; set; }

    public int ResponseId { get; set; }

    public int QuestionId { get; set; }

    public int NomineeId { get; set; }

    public int? Frequency { get; set; }
}
