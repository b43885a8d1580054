using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Mingle.Mail;
using Mingle.Network;
using Mingle.Tests.Support;
using Mingle.Web.Tests.Introductions;
using Mingle.Web.Tests.Network;
using Mingle.Web.Tests.Support;

namespace Mingle.Web.Tests.Mail;

/// <summary>Outbox notifications by email through MailKit, against a real SMTP server (aiosmtpd) started by the test.</summary>
public class EmailReminderTests
{
    static readonly DateOnly Today = new(2026, 11, 23);

    static Dictionary<string, string> MailTo(int port) => new()
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Mail:From"] = "Mingle <mingle@test.example>",
    };

    static async Task<int> RemindAsync(MingleApp app, DateOnly day)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KeepInTouchReminders>().RunAsync(day, default);
    }

    static async Task<int> MailAsync(MingleApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationMailer>().RunAsync(default);
    }

    static string Body(MimeMessage m) => m.TextBody ?? "";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reminders_AreEmailedExactlyOnce_EvenWhenTheSenderRunsTwiceAndConcurrently(string provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await MingleApp.StartAsync(provider, settings: MailTo(smtp.Port));
        var ana = await app.AddAsync(A.Person("Ana"));
        var asAna = await app.ClientForAsync(ana);
        var friends = new List<Mingle.People.Person>();
        foreach (var name in new[] { "Bo Lindqvist", "Cy", "Dee", "Eli" })
        {
            var friend = await app.AddAsync(A.Person(name));
            friends.Add(friend);
            await asAna.AddContactAsync(friend, new { personId = friend.Id, cadenceDays = 30 });
            await asAna.LogAsync(friend, "coffee", Today.AddDays(-40));
        }
        Assert.Equal(4, await RemindAsync(app, Today));

        // Three senders at once, as on three instances: each reminder is claimed by exactly one of them.
        var sent = await Task.WhenAll(MailAsync(app), MailAsync(app), MailAsync(app));
        Assert.Equal(4, sent.Sum());
        Assert.Equal(0, await MailAsync(app));
        Assert.Equal(0, await RemindAsync(app, Today));
        Assert.Equal(0, await MailAsync(app));

        var messages = await smtp.WaitForAsync(4);
        await Task.Delay(500); // anything extra would have arrived by now
        Assert.Equal(4, smtp.Messages().Count);
        var toBo = Assert.Single(messages, m => Body(m).Contains("Bo Lindqvist", StringComparison.Ordinal));
        Assert.Equal(ana.Email, Assert.Single(toBo.To.Mailboxes).Address);
        Assert.Equal("Mingle: Time to reconnect with Bo Lindqvist", toBo.Subject);
        Assert.Contains("every 30 days", Body(toBo), StringComparison.Ordinal);
        Assert.Equal("mingle@test.example", Assert.Single(toBo.From.Mailboxes).Address);
        await using var db = app.NewContext();
        Assert.Equal(4, await db.EmailDeliveries.CountAsync(d => d.SentAt != null && d.Attempts == 1));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IntroductionRequests_AreEmailedToBothParties(string provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await MingleApp.StartAsync(provider, settings: MailTo(smtp.Port));
        var cy = await app.AddAsync(A.Person("Cy Connector"));
        var ana = await app.AddAsync(A.Person("Ana Alves"));
        var bo = await app.AddAsync(A.Person("Bo Berg"));
        await (await app.ClientForAsync(cy)).IntroduceAsync(ana, bo, "You both run the graph reading group");

        Assert.Equal(2, await MailAsync(app));

        var messages = await smtp.WaitForAsync(2);
        var toAna = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == ana.Email);
        Assert.Equal("Mingle: you have an introduction to answer", toAna.Subject);
        Assert.Contains("Cy Connector would like to introduce you to Bo Berg", Body(toAna), StringComparison.Ordinal);
        Assert.Contains("graph reading group", Body(toAna), StringComparison.Ordinal);
        Assert.Contains("Ana Alves", Body(Assert.Single(messages, m => m.To.Mailboxes.Single().Address == bo.Email)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SmtpDown_RecordsTheError_AndRetriesAfterTheLease_OnceOnly(string provider)
    {
        var port = SmtpTestServer.FreePort();
        await using var app = await MingleApp.StartAsync(provider, settings: MailTo(port));
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAna = await app.ClientForAsync(ana);
        await asAna.AddContactAsync(bo, new { personId = bo.Id, cadenceDays = 30 });
        await asAna.LogAsync(bo, "coffee", Today.AddDays(-40));
        Assert.Equal(1, await RemindAsync(app, Today));

        Assert.Equal(0, await MailAsync(app)); // nothing listens on the port
        await using (var db = app.NewContext())
        {
            var delivery = await db.EmailDeliveries.SingleAsync();
            Assert.Null(delivery.SentAt);
            Assert.NotNull(delivery.LastError);
        }

        await using var smtp = await SmtpTestServer.StartAsync(port);
        Assert.Equal(0, await MailAsync(app)); // still within the lease of the failed attempt
        app.Clock.Advance(NotificationMailer.Lease + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await MailAsync(app));
        Assert.Equal(0, await MailAsync(app));
        Assert.Single(await smtp.WaitForAsync(1));
        await using var after = app.NewContext();
        var sent = await after.EmailDeliveries.SingleAsync();
        Assert.Equal((2, (string?)null), (sent.Attempts, sent.LastError));
        Assert.NotNull(sent.SentAt);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MailOff_WhenHostIsEmpty_NothingIsClaimed(string provider)
    {
        await using var app = await MingleApp.StartAsync(provider);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo"));
        var asAna = await app.ClientForAsync(ana);
        await asAna.AddContactAsync(bo, new { personId = bo.Id, cadenceDays = 30 });
        Assert.Equal(1, await RemindAsync(app, Today.AddDays(31)));

        Assert.Equal(0, await MailAsync(app));
        await using var db = app.NewContext();
        Assert.Equal(0, await db.EmailDeliveries.CountAsync());
    }

    [Fact]
    public async Task ScheduledJobs_InTheWebApp_RemindAndEmail_OnTheirInterval()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var settings = MailTo(smtp.Port);
        settings["Jobs:Enabled"] = "true";
        settings["Jobs:IntervalSeconds"] = "3600";
        await using var app = await MingleApp.StartAsync("Sqlite", settings: settings);
        var ana = await app.AddAsync(A.Person("Ana"));
        var bo = await app.AddAsync(A.Person("Bo Due"));
        var asAna = await app.ClientForAsync(ana);
        await asAna.AddContactAsync(bo, new { personId = bo.Id, cadenceDays = 30 });
        await asAna.LogAsync(bo, "coffee", Today.AddDays(-40));
        Assert.Empty(smtp.Messages());

        app.Clock.Advance(TimeSpan.FromHours(1)); // the next tick of the in-process schedule

        var message = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal(ana.Email, message.To.Mailboxes.Single().Address);
        Assert.Contains("Bo Due", message.Subject, StringComparison.Ordinal);
        Assert.Single(await asAna.ItemsAsync("/api/me/notifications"));
    }
}
