using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Mingle.Mail;
using Mingle.Tests.Support;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Programmes;

/// <summary>Publishing a round notifies everyone matched in the app and by email (MailKit to a real aiosmtpd server),
/// with the iCalendar invitation for the suggested slot attached, each email exactly once.</summary>
public class ProgrammeEmailTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_EmailsEachMemberOnce_WithTheInvitationForTheSuggestedSlot(string provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await MingleApp.StartAsync(provider, settings: new Dictionary<string, string>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:From"] = "Mingle <mingle@test.example>",
        });
        var owner = await app.AddAsync(A.Person("Olga").InUnit("People/Programmes"));
        await app.GrantAsync(owner, "ProgrammeOwner");
        var ana = await app.AddAsync(A.Person("Ana Sousa").InUnit("Engineering/Platform").WithInterest("Climbing"));
        var bo = await app.AddAsync(A.Person("Bo Lindqvist").InUnit("Sales/EMEA").WithInterest("Climbing"));
        var ownerClient = await app.ClientForAsync(owner);
        Assert.Equal(HttpStatusCode.Created, (await ownerClient.PostAsJsonAsync("/api/programmes",
            new { slug = "coffee", name = "Coffee roulette", cadence = "weekly" })).StatusCode);
        foreach (var m in new[] { ana, bo })
            Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(m)).PostAsync("/api/programmes/coffee/join", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ownerClient.PostAsync("/api/programmes/coffee/rounds", null)).StatusCode);

        async Task<int> MailAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<NotificationMailer>().RunAsync(default);
        }
        var sent = await Task.WhenAll(MailAsync(), MailAsync());
        Assert.Equal(2, sent.Sum());
        Assert.Equal(0, await MailAsync());
        var messages = await smtp.WaitForAsync(2);
        await Task.Delay(500);
        Assert.Equal(2, smtp.Messages().Count);

        await using var db = app.NewContext();
        var match = await db.ProgrammeMatches.SingleAsync();
        Assert.Equal(2, await db.Notifications.CountAsync(n => n.Kind == "programme.match")); // in-app too
        foreach (var (me, other) in new[] { (ana, bo), (bo, ana) })
        {
            var mail = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == me.Email);
            Assert.Equal("Mingle: you have a new match — Coffee roulette", mail.Subject);
            Assert.Contains($"you are matched with {other.Name}", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("you both like Climbing", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains(match.SuggestedStart.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " UTC", mail.TextBody,
                StringComparison.Ordinal);

            var calendarPart = Assert.Single(mail.BodyParts.OfType<TextPart>(), p => p.ContentType.MimeType == "text/calendar");
            Assert.Equal("REQUEST", calendarPart.ContentType.Parameters["method"]);
            var attachment = Assert.Single(mail.Attachments.OfType<MimePart>());
            Assert.Equal("invite.ics", attachment.FileName);
            using var stream = new MemoryStream();
            await attachment.Content!.DecodeToAsync(stream);
            var attached = System.Text.Encoding.UTF8.GetString(stream.ToArray());
            Assert.Equal(calendarPart.Text.ReplaceLineEndings("\r\n"), attached); // the inline part reads back with \n

            var calendar = Ical.Net.Calendar.Load(attached)!;
            Assert.Equal("REQUEST", calendar.Method);
            var e = Assert.Single(calendar.Events);
            Assert.Equal($"mingle-match-{match.Id}@mingle", e.Uid);
            Assert.Equal(DateTime.SpecifyKind(match.SuggestedStart, DateTimeKind.Utc), e.DtStart!.AsUtc);
            Assert.Equal(TimeSpan.FromMinutes(30), e.DtEnd!.AsUtc - e.DtStart.AsUtc);
            // Both work 9:00–17:00 at UTC+0 here: the slot lies inside it, on the Wednesday of the round's week.
            Assert.InRange(e.DtStart.AsUtc.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(16.5));
            Assert.Equal(DayOfWeek.Wednesday, e.DtStart.AsUtc.DayOfWeek);
            Assert.Contains("Coffee roulette", e.Summary, StringComparison.Ordinal);
            Assert.Equal(new[] { ana.Email, bo.Email }.Order(StringComparer.OrdinalIgnoreCase),
                e.Attendees.Select(a => a.Value!.ToString().Replace("mailto:", "", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.OrdinalIgnoreCase));
        }
        Assert.Equal(2, await db.EmailDeliveries.CountAsync(d => d.SentAt != null));
    }
}
