namespace Mingle.Surveys;

public sealed class SurveyQuestion
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    public int Position { get; set; }

    public SurveyQuestionKind Kind { get; set; }

    public required string Text { get; set; }

    /// <summary>Name generators: at most this many colleagues.</summary>
    public int MaxNames { get; set; }

    /// <summary>Name generators: each name carries a 1–5 frequency.</summary>
    public bool AsksFrequency { get; set; }
}
