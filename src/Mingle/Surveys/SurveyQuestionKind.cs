namespace Mingle.Surveys;

public enum SurveyQuestionKind
{
    /// <summary>"Who do you go to for …?" answered with colleagues.</summary>
    NameGenerator,

    /// <summary>A 1–5 scale.</summary>
    Scale,
}
