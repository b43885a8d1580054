using System.Net;
using System.Net.Http.Json;
using Mingle.Insights;
using Mingle.Network;
using Mingle.People;
using Mingle.Programmes;
using Mingle.Web.Tests.Support;
using Mingle.Web.Tests.Surveys;

namespace Mingle.Web.Tests.Insights;

/// <summary>
/// Every signal feeds the insights network: a coffee that happened (recorded by the real follow-up endpoint as a
/// Platform interaction), interactions people log themselves (aggregates only — DESIGN §3 rules 2 and 8 keep the log
/// private and out of recommendations, not out of aggregates) and survey nominations from a survey whose response
/// rate reached its minimum.
/// </summary>
public class TieSignalsTests
{
    static async Task<TieSet> TiesAsync(MingleApp app)
    {
        await using var db = app.NewContext();
        var end = app.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        return (await new InsightsLoader(db, new InsightsOptions()).LoadAsync(90, end, CancellationToken.None)).Ties;
    }

    static async Task AddInteractionAsync(MingleApp app, Person a, Person b, DateTime at, InteractionSource source)
    {
        await using var db = app.NewContext();
        db.Interactions.Add(new Interaction
        {
            FromPersonId = a.Id,
            ToPersonId = b.Id,
            Type = InteractionType.Meeting,
            Direction = InteractionDirection.Mutual,
            OccurredAt = at,
            Source = source,
            LoggedById = source == InteractionSource.Logged ? a.Id : null,
        });
        await db.SaveChangesAsync();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CoffeeFollowUp_RecordsAPlatformInteraction_ThatCountsTowardsATie(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana").InUnit("Co/Eng"));
        var bo = await app.AddAsync(A.Person("Bo").InUnit("Co/Sales"));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        long matchId;
        await using (var db = app.NewContext())
        {
            var programme = new Programme { Slug = "coffee", Name = "Coffee", CreatedAt = now.AddDays(-30) };
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            var round = new ProgrammeRound { ProgrammeId = programme.Id, Period = DateOnly.FromDateTime(now.AddDays(-14)), Number = 1, PublishedAt = now.AddDays(-14) };
            db.ProgrammeRounds.Add(round);
            await db.SaveChangesAsync();
            var match = new ProgrammeMatch
            {
                RoundId = round.Id,
                Explanation = "x",
                SuggestedStart = now.AddDays(-12),
                Participants = [new MatchParticipant { PersonId = ana.Id }, new MatchParticipant { PersonId = bo.Id }],
            };
            db.ProgrammeMatches.Add(match);
            await db.SaveChangesAsync();
            matchId = match.Id;
        }
        // One later meeting alone is no tie (a tie needs two interactions within 4 weeks) …
        await AddInteractionAsync(app, ana, bo, now.AddDays(-5), InteractionSource.Import);
        Assert.Equal(0, (await TiesAsync(app)).Ties);

        var answer = await (await app.ClientForAsync(ana)).PostAsJsonAsync($"/api/programmes/matches/{matchId}/follow-up", new { answer = "yes" });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        // … with the coffee that happened it is one.
        var ties = await TiesAsync(app);
        Assert.Equal(1, ties.Ties);
        Assert.Equal(2, ties.Interactions);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LoggedInteractions_FeedAggregateTies(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana").InUnit("Co/Eng"));
        var bo = await app.AddAsync(A.Person("Bo").InUnit("Co/Sales"));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await AddInteractionAsync(app, ana, bo, now.AddDays(-10), InteractionSource.Logged);
        Assert.Equal(0, (await TiesAsync(app)).Ties);
        await AddInteractionAsync(app, ana, bo, now.AddDays(-3), InteractionSource.Logged);
        Assert.Equal(1, (await TiesAsync(app)).Ties);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SurveyNominations_AreTies_OnlyOnceTheSurveyReachesItsResponseRate(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var org = await SurveyOrg.CreateAsync(app); // 23 people: 60 % is 14 respondents
        var survey = await org.CreateSurveyAsync();
        var everyone = org.Everyone;
        for (var i = 0; i < 13; i++) await org.AnsweredAsync(survey, everyone[i], 3, [everyone[i + 1]]);
        Assert.Equal(0, (await TiesAsync(app)).Ties); // 13 of 23: below the survey's minimum, so no result of any kind

        await org.AnsweredAsync(survey, everyone[13], 3, [everyone[14]]);

        var ties = await TiesAsync(app);
        Assert.Equal(14, ties.Ties); // a path of 14 nominations, one tie each
        Assert.Equal(0, ties.Interactions);
    }
}
