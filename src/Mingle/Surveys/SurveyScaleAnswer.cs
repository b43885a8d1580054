namespace Mingle.Surveys;

public sealed class SurveyScaleAnswer
{
    public int Id { get; set; }

    public int ResponseId { get; set; }

    public int QuestionId { get; set; }

    public int Value { get; set; }
}
