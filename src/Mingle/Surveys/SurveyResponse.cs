namespace Mingle.Surveys;

/// <summary>One person's answers to one survey. Never shown to anyone but the respondent (privacy rule 5).</summary>
public sealed class SurveyResponse
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    public int RespondentId { get; set; }

    public string? Comment { get; set; }

    public DateTime SubmittedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<SurveyScaleAnswer> ScaleAnswers { get; set; } = [];

    public List<SurveyNomination> Nominations { get; set; } = [];
}
