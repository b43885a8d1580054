using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Mingle.Data;
using Mingle.Introductions;
using Mingle.Network;
using Mingle.People;
using Mingle.Programmes;

namespace Mingle.Mail;

/// <summary>
/// Sends outbox notifications (keep-in-touch reminders, introduction requests and outcomes) by email over SMTP,
/// each exactly once: a notification is claimed by inserting its <see cref="EmailDelivery"/> row (unique per
/// notification) before sending and marked sent after, so a second run, or a concurrent one on another instance,
/// skips it. A failed send is retried after <see cref="Lease"/>, at most <see cref="MaxAttempts"/> times.
/// </summary>
public sealed class NotificationMailer(MingleDb db, TimeProvider clock, MailSettings settings)
{
    public static readonly IReadOnlyList<string> EmailedKinds =
        [KeepInTouchReminders.Kind, Introducer.RequestKind, Introducer.AcceptedKind, CoffeeRounds.MatchKind, Surveys.SurveyReminders.Kind];

    /// <summary>A claim older than this without a successful send is retried (the sender crashed or SMTP failed).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>Old notifications are not worth an email: turning mail on must not send last year's backlog.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(3);

    public const int MaxAttempts = 5;

    const int BatchSize = 200;

    /// <summary>Returns how many emails this run sent.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!settings.Enabled) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var oldest = now - MaxAge;
        var staleClaim = now - Lease;
        var kinds = EmailedKinds.ToList();
        var candidates = await (
                from n in db.Notifications.AsNoTracking()
                join p in db.People.AsNoTracking() on n.PersonId equals p.Id
                join d in db.EmailDeliveries.AsNoTracking() on n.Id equals d.NotificationId into deliveries
                from d in deliveries.DefaultIfEmpty()
                where kinds.Contains(n.Kind) && n.CreatedAt >= oldest && p.Status == PersonStatus.Active
                    && (d == null || (d.SentAt == null && d.ClaimedAt < staleClaim && d.Attempts < MaxAttempts))
                orderby n.Id
                select new Candidate(n.Id, n.Kind, n.Payload, n.DedupeKey, p.Email, p.PreferredName ?? p.Name, d == null ? null : d.ClaimedAt))
            .Take(BatchSize).ToListAsync(ct);
        if (candidates.Count == 0) return 0;

        using var smtp = new SmtpClient();
        var sent = 0;
        foreach (var candidate in candidates)
        {
            if (!await ClaimAsync(candidate, now, ct)) continue;
            try
            {
                if (!smtp.IsConnected)
                {
                    await smtp.ConnectAsync(settings.Host!, settings.Port, settings.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
                    if (settings.User is not null) await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
                }
                await smtp.SendAsync(await MessageAsync(candidate, ct), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                await db.EmailDeliveries.Where(d => d.NotificationId == candidate.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.LastError, error), CancellationToken.None);
                if (smtp.IsConnected) await smtp.DisconnectAsync(true, CancellationToken.None);
                continue;
            }
            await db.EmailDeliveries.Where(d => d.NotificationId == candidate.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.SentAt, now).SetProperty(d => d.LastError, (string?)null), CancellationToken.None);
            sent++;
        }
        if (smtp.IsConnected) await smtp.DisconnectAsync(true, ct);
        return sent;
    }

    /// <summary>First claim inserts the row (the key makes it unique); a retry moves a stale claim forward only if nobody else did.</summary>
    async Task<bool> ClaimAsync(Candidate candidate, DateTime now, CancellationToken ct)
    {
        if (candidate.ClaimedAt is { } previous)
        {
            return await db.EmailDeliveries
                .Where(d => d.NotificationId == candidate.Id && d.SentAt == null && d.ClaimedAt == previous)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedAt, now).SetProperty(d => d.Attempts, d => d.Attempts + 1), ct) == 1;
        }
        db.EmailDeliveries.Add(new EmailDelivery { NotificationId = candidate.Id, ClaimedAt = now, Attempts = 1 });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another mailer claimed it between our query and our insert: it is theirs to send.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    async Task<MimeMessage> MessageAsync(Candidate c, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(new MailboxAddress(c.Name, c.Email));
        message.Subject = "Mingle: " + Subject(c);
        var text = new TextPart("plain")
        {
            Text = $"Hello {c.Name},\n\n{c.Payload}\n\n"
                + (c.Kind == KeepInTouchReminders.Kind
                    ? "Log an interaction or snooze the reminder in Mingle, under My network.\n"
                    : c.Kind == CoffeeRounds.MatchKind
                        ? "Say whether you met (and thank your match) in Mingle, under My matches.\n"
                        : "See your introductions inbox in Mingle, under Introductions.\n")
                + "\nYou get this email because of your own settings in Mingle.\n",
        };
        message.Body = c.Kind == CoffeeRounds.MatchKind && await MatchInvitationAsync(c, ct) is { } invitation
            ? WithInvitation(text, invitation)
            : text;
        message.Headers.Add("X-Mingle-Notification", c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return message;
    }

    /// <summary>The match of a "programme.match" notification (its dedupe key is programme-match:{match}:{person}),
    /// when it still exists and still includes the recipient.</summary>
    async Task<RoundInvitation.MatchInvitation?> MatchInvitationAsync(Candidate c, CancellationToken ct)
    {
        var parts = c.DedupeKey.Split(':');
        if (parts.Length != 3 || !long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var matchId)) return null;
        var invitation = await RoundInvitation.ForMatchAsync(db, matchId, ct);
        return invitation is not null && int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var person)
            && invitation.PersonIds.Contains(person) ? invitation : null;
    }

    /// <summary>The text, a line with the suggested slot, and the invitation as a text/calendar (METHOD:REQUEST)
    /// part that mail clients offer to add, plus the same as an invite.ics attachment.</summary>
    static Multipart WithInvitation(TextPart text, RoundInvitation.MatchInvitation invitation)
    {
        text.Text = text.Text.Replace("\n\nSay whether", string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"\n\nSuggested slot, in both your working hours: {invitation.SuggestedStartUtc:dddd d MMMM yyyy, HH:mm} UTC (30 minutes); the invitation is attached.\n\nSay whether"), StringComparison.Ordinal);
        var calendar = new TextPart("calendar") { Text = invitation.Ics };
        calendar.ContentType.Parameters.Add("method", "REQUEST");
        calendar.ContentType.Charset = "utf-8";
        var attachment = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(invitation.Ics))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = "invite.ics",
        };
        return new Multipart("mixed") { text, calendar, attachment };
    }

    /// <summary>The payload's first clause ("Time to reconnect with Bo"), kept short enough for a subject line.</summary>
    static string Subject(Candidate c)
    {
        if (c.Kind == Introducer.RequestKind) return "you have an introduction to answer";
        if (c.Kind == Introducer.AcceptedKind) return "an introduction was accepted";
        if (c.Kind == CoffeeRounds.MatchKind) return "you have a new match — " + Subject(c with { Kind = "" });
        var end = c.Payload.IndexOfAny([':', '.']);
        var first = end > 0 ? c.Payload[..end] : c.Payload;
        return first.Length <= 120 ? first : first[..117] + "...";
    }

    sealed record Candidate(long Id, string Kind, string Payload, string DedupeKey, string Email, string Name, DateTime? ClaimedAt);
}
