namespace Mingle.Surveys;

public sealed record SurveySummary(int Id, string Title, DateTime OpensAt, DateTime ClosesAt, bool IsOpen, bool Answered);

public sealed record SurveyView(
    int Id, string Title, string ConfidentialityStatement, IReadOnlyList<int> AudienceUnitIds, DateTime OpensAt,
    DateTime ClosesAt, bool IsOpen, bool AllowComment, double MinResponseRate, IReadOnlyList<SurveyQuestionView> Questions,
    bool InAudience, MySurveyResponse? MyResponse);

public sealed record SurveyQuestionView(int Id, string Kind, string Text, int MaxNames, bool AsksFrequency);

/// <summary>The respondent's own answers, shown to them only.</summary>
public sealed record MySurveyResponse(DateTime SubmittedAt, DateTime UpdatedAt, IReadOnlyList<MySurveyAnswer> Answers, string? Comment);

public sealed record MySurveyAnswer(int QuestionId, int? Value, IReadOnlyList<MyNomination> Names);

public sealed record MyNomination(int PersonId, string Name, int? Frequency);
