namespace Mingle.Surveys;

public sealed record CreateSurvey(
    string? Title,
    string? ConfidentialityStatement,
    IReadOnlyList<int>? AudienceUnitIds,
    DateTime? OpensAt,
    DateTime? ClosesAt,
    bool AllowComment,
    double? MinResponseRate,
    IReadOnlyList<CreateSurveyQuestion>? Questions);

/// <param name="Kind">"nameGenerator" or "scale".</param>
public sealed record CreateSurveyQuestion(string? Kind, string? Text, int? MaxNames, bool AsksFrequency);

public sealed record SubmitSurveyResponse(IReadOnlyList<SurveyAnswerInput>? Answers, string? Comment);

/// <summary>One answer: <paramref name="Value"/> for a scale question, <paramref name="Names"/> for a name generator.</summary>
public sealed record SurveyAnswerInput(int QuestionId, int? Value, IReadOnlyList<NominationInput>? Names);

public sealed record NominationInput(int PersonId, int? Frequency);
