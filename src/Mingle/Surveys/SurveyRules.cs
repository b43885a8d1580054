namespace Mingle.Surveys;

public static class SurveyRules
{
    public const int MaxCommentLength = 2000;

    public const int MaxQuestions = 30;

    public const int MaxNamesLimit = 20;

    /// <summary>Privacy rule 5: free-text comments only for groups of at least this many respondents.</summary>
    public const int MinCommentGroup = 10;

    /// <summary>A person named by at least this many respondents to one question counts as a "go-to" person.</summary>
    public const int GoToNominations = 3;
}
