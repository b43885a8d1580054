using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Insights;
using Mingle.People;

namespace Mingle.Surveys;

/// <summary>
/// Builds surveys, takes answers and hands out the survey's definition. Who may see a survey is checked per object:
/// Analysts and Admins see every survey; anyone else only the surveys addressed to them, and a survey addressed to
/// others does not exist for them (404). Raw responses are shown to their respondent only (privacy rule 5).
/// </summary>
public sealed class SurveyService(MingleDb db, TimeProvider clock, AuditLog audit)
{
    public async Task<SurveyView> CreateAsync(int me, CreateSurvey request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];
        var title = request.Title?.Trim() ?? "";
        if (title.Length is 0 or > 200) Error("title", "A title of 1 to 200 characters is required.");
        var statement = request.ConfidentialityStatement?.Trim() ?? "";
        if (statement.Length is 0 or > 4000) Error("confidentialityStatement", "A confidentiality statement of 1 to 4000 characters is required.");
        var now = clock.GetUtcNow().UtcDateTime;
        var opens = request.OpensAt?.ToUniversalTime() ?? now;
        if (request.ClosesAt is not { } closesAt) Error("closesAt", "A closing date is required.");
        else if (closesAt.ToUniversalTime() <= opens) Error("closesAt", "The survey must close after it opens.");
        var rate = request.MinResponseRate ?? 0.6;
        if (double.IsNaN(rate) || rate < 0.6 || rate > 1) Error("minResponseRate", "The minimum response rate is between 0.6 and 1.");
        var units = (request.AudienceUnitIds ?? []).Distinct().ToList();
        if (units.Count > 100) Error("audienceUnitIds", "At most 100 units.");
        else if (units.Count > 0 && await db.OrgUnits.CountAsync(u => units.Contains(u.Id), ct) != units.Count)
            Error("audienceUnitIds", "Unknown org unit.");
        var questions = new List<SurveyQuestion>();
        var inputs = request.Questions ?? [];
        if (inputs.Count is 0 or > SurveyRules.MaxQuestions) Error("questions", $"A survey has 1 to {SurveyRules.MaxQuestions} questions.");
        for (var i = 0; i < inputs.Count && i < SurveyRules.MaxQuestions; i++)
        {
            var q = inputs[i];
            var text = q?.Text?.Trim() ?? "";
            if (text.Length is 0 or > 500) Error($"questions[{i}].text", "A question of 1 to 500 characters is required.");
            var kind = q?.Kind?.Trim().ToLowerInvariant() switch
            {
                "namegenerator" or "name-generator" or "names" => SurveyQuestionKind.NameGenerator,
                "scale" => SurveyQuestionKind.Scale,
                _ => (SurveyQuestionKind?)null,
            };
            if (kind is null) Error($"questions[{i}].kind", "Kind is 'nameGenerator' or 'scale'.");
            var maxNames = 0;
            if (kind == SurveyQuestionKind.NameGenerator)
            {
                maxNames = q?.MaxNames ?? 5;
                if (maxNames is < 1 or > SurveyRules.MaxNamesLimit) Error($"questions[{i}].maxNames", $"Between 1 and {SurveyRules.MaxNamesLimit} names.");
            }
            questions.Add(new SurveyQuestion
            {
                Position = i,
                Kind = kind ?? SurveyQuestionKind.Scale,
                Text = text,
                MaxNames = maxNames,
                AsksFrequency = kind == SurveyQuestionKind.NameGenerator && q!.AsksFrequency,
            });
        }
        if (errors.Count > 0) throw new ValidationException(errors);

        var survey = new Survey
        {
            Title = title,
            ConfidentialityStatement = statement,
            AudienceUnits = string.Join(',', units.Order()),
            OpensAt = opens,
            ClosesAt = request.ClosesAt!.Value.ToUniversalTime(),
            AllowComment = request.AllowComment,
            MinResponseRate = rate,
            CreatedById = me,
            CreatedAt = now,
            Questions = questions,
        };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        audit.Add(me, "surveys.create", $"survey:{survey.Id}", title);
        await db.SaveChangesAsync(ct);
        return await GetAsync(me, analyst: true, survey.Id, ct);
    }

    public async Task<List<SurveySummary>> ListAsync(int me, bool analyst, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Surveys.AsNoTracking();
        if (!analyst) query = query.Where(s => s.OpensAt <= now && s.ClosesAt > now);
        var surveys = await query.OrderByDescending(s => s.OpensAt).ThenBy(s => s.Id).ToListAsync(ct);
        var answered = await db.SurveyResponses.Where(r => r.RespondentId == me).Select(r => r.SurveyId).ToListAsync(ct);
        var myPath = await MyUnitPathAsync(me, ct);
        var result = new List<SurveySummary>();
        foreach (var s in surveys)
        {
            if (!analyst && !await InAudienceAsync(s, myPath, ct)) continue;
            result.Add(new SurveySummary(s.Id, s.Title, s.OpensAt, s.ClosesAt, s.IsOpenAt(now), answered.Contains(s.Id)));
        }
        return result;
    }

    public async Task<SurveyView> GetAsync(int me, bool analyst, int id, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException("survey", id);
        var inAudience = await InAudienceAsync(survey, await MyUnitPathAsync(me, ct), ct);
        if (!inAudience && !analyst) throw new NotFoundException("survey", id);
        var mine = await db.SurveyResponses.AsNoTracking().Include(r => r.ScaleAnswers).Include(r => r.Nominations)
            .SingleOrDefaultAsync(r => r.SurveyId == id && r.RespondentId == me, ct);
        return new SurveyView(survey.Id, survey.Title, survey.ConfidentialityStatement, survey.AudienceUnitIds, survey.OpensAt,
            survey.ClosesAt, survey.IsOpenAt(clock.GetUtcNow().UtcDateTime), survey.AllowComment, survey.MinResponseRate,
            [.. survey.Questions.OrderBy(q => q.Position).Select(q => new SurveyQuestionView(q.Id, KindName(q.Kind), q.Text, q.MaxNames, q.AsksFrequency))],
            inAudience, mine is null ? null : await MineAsync(survey, mine, ct));
    }

    /// <summary>Saves my answers, replacing earlier ones while the survey is open; all or nothing.</summary>
    public async Task<MySurveyResponse> RespondAsync(int me, int id, SubmitSurveyResponse request, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException("survey", id);
        if (!await InAudienceAsync(survey, await MyUnitPathAsync(me, ct), ct)) throw new NotFoundException("survey", id);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!survey.IsOpenAt(now)) throw new ValidationException("survey", now < survey.OpensAt ? "This survey is not open yet." : "This survey is closed.");

        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];
        var questions = survey.Questions.ToDictionary(q => q.Id);
        var answers = request.Answers ?? [];
        var seen = new HashSet<int>();
        var named = answers.SelectMany(a => a?.Names ?? []).Select(n => n?.PersonId ?? 0).Distinct().ToList();
        var active = (await db.People.Where(p => named.Contains(p.Id) && p.Status == PersonStatus.Active).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var scale = new List<SurveyScaleAnswer>();
        var nominations = new List<SurveyNomination>();
        for (var i = 0; i < answers.Count; i++)
        {
            var a = answers[i];
            if (a is null || !questions.TryGetValue(a.QuestionId, out var q)) { Error($"answers[{i}].questionId", "Not a question of this survey."); continue; }
            if (!seen.Add(q.Id)) { Error($"answers[{i}].questionId", "Each question is answered once."); continue; }
            if (q.Kind == SurveyQuestionKind.Scale)
            {
                if (a.Value is not (>= 1 and <= 5) || a.Names is { Count: > 0 }) Error($"answers[{i}].value", "Answer with a value from 1 to 5.");
                else scale.Add(new SurveyScaleAnswer { QuestionId = q.Id, Value = a.Value.Value });
                continue;
            }
            var names = a.Names ?? [];
            if (a.Value is not null) Error($"answers[{i}].value", "Answer a name question with names.");
            if (names.Count > q.MaxNames) { Error($"answers[{i}].names", $"At most {q.MaxNames} names."); continue; }
            var distinct = new HashSet<int>();
            for (var j = 0; j < names.Count; j++)
            {
                var n = names[j];
                var field = $"answers[{i}].names[{j}]";
                if (n is null || !active.Contains(n.PersonId)) Error(field + ".personId", "Unknown person, or someone who has left.");
                else if (n.PersonId == me) Error(field + ".personId", "You cannot name yourself.");
                else if (!distinct.Add(n.PersonId)) Error(field + ".personId", "Each colleague is named once.");
                else if (q.AsksFrequency && n.Frequency is not (>= 1 and <= 5)) Error(field + ".frequency", "A frequency from 1 to 5 is required.");
                else if (!q.AsksFrequency && n.Frequency is not null) Error(field + ".frequency", "This question does not ask for a frequency.");
                else nominations.Add(new SurveyNomination { QuestionId = q.Id, NomineeId = n.PersonId, Frequency = n.Frequency });
            }
        }
        foreach (var q in questions.Values.Where(q => q.Kind == SurveyQuestionKind.Scale && !seen.Contains(q.Id)))
            Error($"question:{q.Id}", "Every scale question needs an answer.");
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        if (comment is not null && !survey.AllowComment) Error("comment", "This survey takes no comments.");
        if (comment is { Length: > SurveyRules.MaxCommentLength }) Error("comment", $"At most {SurveyRules.MaxCommentLength} characters.");
        if (errors.Count > 0) throw new ValidationException(errors);

        var response = await db.SurveyResponses.Include(r => r.ScaleAnswers).Include(r => r.Nominations)
            .SingleOrDefaultAsync(r => r.SurveyId == id && r.RespondentId == me, ct);
        if (response is null)
        {
            response = new SurveyResponse { SurveyId = id, RespondentId = me, SubmittedAt = now };
            db.SurveyResponses.Add(response);
        }
        response.UpdatedAt = now;
        response.Comment = comment;
        db.RemoveRange(response.ScaleAnswers);
        db.RemoveRange(response.Nominations);
        response.ScaleAnswers = scale;
        response.Nominations = nominations;
        await db.SaveChangesAsync(ct);
        return await MineAsync(survey, response, ct);
    }

    async Task<MySurveyResponse> MineAsync(Survey survey, SurveyResponse response, CancellationToken ct)
    {
        var ids = response.Nominations.Select(n => n.NomineeId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var answers = survey.Questions.OrderBy(q => q.Position).Select(q => new MySurveyAnswer(q.Id,
            response.ScaleAnswers.FirstOrDefault(a => a.QuestionId == q.Id)?.Value,
            [.. response.Nominations.Where(n => n.QuestionId == q.Id).OrderBy(n => n.Id)
                .Select(n => new MyNomination(n.NomineeId, names.GetValueOrDefault(n.NomineeId, ""), n.Frequency))])).ToList();
        return new MySurveyResponse(response.SubmittedAt, response.UpdatedAt, answers, response.Comment);
    }

    public static string KindName(SurveyQuestionKind kind) => kind == SurveyQuestionKind.NameGenerator ? "nameGenerator" : "scale";

    async Task<string?> MyUnitPathAsync(int me, CancellationToken ct) =>
        await db.People.Where(p => p.Id == me && p.Status == PersonStatus.Active)
            .Select(p => p.OrgUnit == null ? "" : p.OrgUnit.Path).SingleOrDefaultAsync(ct);

    /// <summary>In the audience: active, and (for a survey addressed to units) in one of them or below.</summary>
    async Task<bool> InAudienceAsync(Survey survey, string? myPath, CancellationToken ct)
    {
        if (myPath is null) return false;
        var units = survey.AudienceUnitIds;
        if (units.Count == 0) return true;
        if (myPath.Length == 0) return false;
        var paths = await db.OrgUnits.AsNoTracking().Where(u => units.Contains(u.Id)).Select(u => u.Path).ToListAsync(ct);
        return Survey.UnderAny(paths, myPath);
    }
}
