namespace Mingle.Surveys;

/// <summary>
/// Aggregates only (privacy rule 5). When <paramref name="Enough"/> is false every number is absent and
/// <paramref name="Message"/> says why; the response count is shown only once the thresholds are met.
/// </summary>
public sealed record SurveyResults(
    int SurveyId, string Title, bool Enough, string? Message, int MinGroupSize, double MinResponseRate,
    double? ResponseRate, int? Respondents, IReadOnlyList<QuestionResults> Questions, IReadOnlyList<GroupComments> Comments);

public sealed record QuestionResults(
    int QuestionId, string Kind, string Text, double? Average, NominationNetwork? Network, IReadOnlyList<GroupResult> Groups);

/// <summary>The nominations network of one name-generator question among the audience.</summary>
public sealed record NominationNetwork(int People, int Nominations, double Density, double Reciprocity, double? EIIndex, int GoToPeople);

/// <summary>One visible group; <paramref name="GoToPeople"/> counts people in it named by at least 3 respondents.</summary>
public sealed record GroupResult(int UnitId, string Unit, int Respondents, double? Average, double? EIIndex, int? GoToPeople);

/// <summary>Comments of a group of at least 10 respondents, in a fixed order that says nothing about who wrote them.</summary>
public sealed record GroupComments(int? UnitId, string Group, IReadOnlyList<string> Comments);
