using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Mingle.Data;
using Mingle.People;
using Mingle.Surveys;
using Mingle.Tests.Support;

namespace Mingle.Tests.Surveys;

public sealed class SurveyRemindersTests
{
    static readonly DateTime Opens = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    static readonly DateTime Closes = new(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Run_RemindsTheAudienceWhoHaveNotAnswered_OnceAndOnlyNearTheClose(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int surveyId, ana, bo, cy, dee, left;
        await using (var db = database.NewContext())
        {
            var eng = new OrgUnit { Name = "Eng", Path = "Eng" };
            var platform = new OrgUnit { Name = "Platform", Path = "Eng/Platform", Parent = eng };
            var sales = new OrgUnit { Name = "Sales", Path = "Sales" };
            db.OrgUnits.AddRange(eng, platform, sales);
            Person P(string name, OrgUnit unit, PersonStatus status = PersonStatus.Active) =>
                new() { EmployeeId = name, Email = name + "@example.com", Name = name, OrgUnit = unit, Status = status };
            var people = new[] { P("ana", eng), P("bo", platform), P("cy", platform), P("dee", sales), P("left", platform, PersonStatus.Left) };
            db.People.AddRange(people);
            await db.SaveChangesAsync();
            (ana, bo, cy, dee, left) = (people[0].Id, people[1].Id, people[2].Id, people[3].Id, people[4].Id);
            var survey = new Survey
            {
                Title = "Advice",
                ConfidentialityStatement = "Confidential.",
                AudienceUnits = eng.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                OpensAt = Opens,
                ClosesAt = Closes,
            };
            db.Surveys.Add(survey);
            await db.SaveChangesAsync();
            surveyId = survey.Id;
            db.SurveyResponses.Add(new SurveyResponse { SurveyId = surveyId, RespondentId = cy, SubmittedAt = Opens.AddDays(1), UpdatedAt = Opens.AddDays(1) });
            await db.SaveChangesAsync();
        }

        async Task<int> RunAt(DateTime at)
        {
            await using var db = database.NewContext();
            return await new SurveyReminders(db, new FakeTimeProvider(new DateTimeOffset(at))).RunAsync(default);
        }

        // Three days before the close at the earliest (the window is 14 days, so its middle comes first).
        Assert.Equal(Closes.AddDays(-3), SurveyReminders.DueAt(new Survey { Title = "t", ConfidentialityStatement = "c", OpensAt = Opens, ClosesAt = Closes }));
        Assert.Equal(0, await RunAt(Closes.AddDays(-3).AddMinutes(-1)));
        // Eng and its sub-units, active, not answered: Ana and Bo. Not Cy (answered), Dee (Sales), nor someone who left.
        Assert.Equal(2, await RunAt(Closes.AddDays(-2)));
        Assert.Equal(0, await RunAt(Closes.AddDays(-1)));
        Assert.Equal(0, await RunAt(Closes.AddHours(1)));

        await using var check = database.NewContext();
        var reminders = await check.Notifications.AsNoTracking().Where(n => n.Kind == SurveyReminders.Kind).ToListAsync();
        Assert.Equal(new[] { ana, bo }.Order(), reminders.Select(n => n.PersonId).Order());
        Assert.All(reminders, n =>
        {
            Assert.Equal(SurveyReminders.KeyOf(surveyId, n.PersonId), n.DedupeKey);
            Assert.Contains("closes on 16 November 2026", n.Payload, StringComparison.Ordinal);
            Assert.Contains($"/surveys/{surveyId}", n.Payload, StringComparison.Ordinal);
            Assert.Null(n.AboutPersonId);
        });
        Assert.DoesNotContain(reminders, n => n.PersonId == cy || n.PersonId == dee || n.PersonId == left);
    }

    [Fact]
    public void DueAt_ShortSurvey_WaitsForTheMiddleOfItsWindow()
    {
        var survey = new Survey { Title = "t", ConfidentialityStatement = "c", OpensAt = Opens, ClosesAt = Opens.AddDays(4) };
        Assert.Equal(Opens.AddDays(2), SurveyReminders.DueAt(survey));
    }
}
