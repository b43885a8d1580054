using Microsoft.EntityFrameworkCore;
using Mingle.Auth;
using Mingle.Data;
using Mingle.Demo;
using Mingle.Insights;
using Mingle.Network;

namespace Mingle.Surveys;

/// <summary>
/// The demo's closed advice survey: put to up to <see cref="MaxDepartments"/> departments (at most
/// <see cref="MaxAudience"/> people, so a 200,000-person demo stays quick to seed), open five weeks ago for two weeks.
/// Each department answers at its own rate — most well above the 60 % threshold, a few well below — so results show
/// for the survey and most departments while some stay hidden. People name whom they really went to for help or advice
/// in the demo's interaction history (up to three), so the survey network tells the same story as the dashboard.
/// Deterministic for a given organisation. Person and unit ids are the demo's indexes + 1, as <see cref="DemoSeeder"/>
/// writes them.
/// </summary>
public static class DemoSurveys
{
    public const string Title = "Advice network 2026";
    public const int MaxDepartments = 8;
    public const int MaxAudience = 3000;
    public const int MaxNames = 3;

    public static async Task<int> SeedAsync(MingleDb db, DemoOrganisation org, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(org);
        // A forced re-seed removed the people, and with them every response; drop the old survey itself too.
        await db.Surveys.Where(s => s.Title == Title).ExecuteDeleteAsync(ct);
        var rng = new Random(org.Seed * 37 + 11);
        var departmentOf = new int[org.PeopleCount];
        for (var p = 0; p < org.PeopleCount; p++)
        {
            var u = org.UnitOf[p];
            while (u >= 0 && org.Units[u].Depth > 1) u = org.Units[u].Parent;
            departmentOf[p] = u >= 0 && org.Units[u].Depth == 1 ? u : -1;
        }
        var sizes = departmentOf.Where(d => d >= 0).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var departments = new List<int>();
        var audienceSize = 0;
        foreach (var d in sizes.Keys.Order())
        {
            if (departments.Count == MaxDepartments) break;
            if (audienceSize + sizes[d] > MaxAudience && departments.Count > 0) continue;
            departments.Add(d);
            audienceSize += sizes[d];
        }
        if (departments.Count == 0) return 0;
        var inAudience = departmentOf.Select(d => d >= 0 && departments.Contains(d)).ToArray();

        // Whom each audience member went to for help or advice over the 90 days before the survey closed, most often first.
        var closes = now.AddDays(-21);
        var since = closes.AddDays(-90);
        var helpers = new Dictionary<int, Dictionary<int, int>>();
        foreach (var i in org.Interactions)
        {
            if (TieAccumulator.HelperOf(i.From, i.To, i.Type) is not { } helper) continue;
            var seeker = helper == i.From ? i.To : i.From;
            if (seeker == helper || !inAudience[seeker]) continue;
            var at = org.OccurredAt(i);
            if (at < since || at >= closes) continue;
            if (!helpers.TryGetValue(seeker, out var counts)) helpers[seeker] = counts = [];
            counts[helper] = counts.GetValueOrDefault(helper) + 1;
        }

        var analyst = org.IndexOf(DemoLogins.Analyst);
        var owner = analyst >= 0 ? analyst : org.Roles.Where(r => r.Role == Role.Analyst).Select(r => r.Person).DefaultIfEmpty(-1).First();
        var survey = new Survey
        {
            Title = Title,
            ConfidentialityStatement = "Nobody sees your answers. Results are shown only as aggregates for groups of at least 5 people, " +
                "once at least 60 % of the audience has answered.",
            AudienceUnits = string.Join(',', departments.Select(d => d + 1).Order()),
            OpensAt = now.AddDays(-35),
            ClosesAt = closes,
            CreatedById = owner >= 0 ? owner + 1 : null,
            CreatedAt = now.AddDays(-36),
            Questions =
            [
                new SurveyQuestion { Position = 0, Kind = SurveyQuestionKind.NameGenerator, Text = "Who do you go to for advice about your work?", MaxNames = MaxNames },
                new SurveyQuestion { Position = 1, Kind = SurveyQuestionKind.Scale, Text = "How easy is it to find the right person to ask?" },
            ],
        };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        var nameQuestion = survey.Questions[0].Id;
        var scaleQuestion = survey.Questions[1].Id;

        var responses = 0;
        foreach (var d in departments)
        {
            // Most departments answer at 70–90 %, every fourth at 30–45 %.
            var rate = departments.IndexOf(d) % 4 == 3 ? 0.30 + (0.15 * rng.NextDouble()) : 0.70 + (0.20 * rng.NextDouble());
            for (var p = 0; p < org.PeopleCount; p++)
            {
                if (departmentOf[p] != d || rng.NextDouble() >= rate) continue;
                var submitted = survey.OpensAt.AddHours(2 + rng.Next(13 * 24));
                var named = helpers.TryGetValue(p, out var counts)
                    ? counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(MaxNames).Select(kv => kv.Key).ToList()
                    : [];
                db.SurveyResponses.Add(new SurveyResponse
                {
                    SurveyId = survey.Id,
                    RespondentId = p + 1,
                    SubmittedAt = submitted,
                    UpdatedAt = submitted,
                    // Someone with more people to ask finds the right one more easily.
                    ScaleAnswers = [new SurveyScaleAnswer { QuestionId = scaleQuestion, Value = Math.Clamp(2 + named.Count - rng.Next(2), 1, 5) }],
                    Nominations = [.. named.Select(h => new SurveyNomination { QuestionId = nameQuestion, NomineeId = h + 1 })],
                });
                responses++;
            }
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
        return responses;
    }
}
