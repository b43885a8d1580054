using Microsoft.Extensions.Configuration;

namespace Mingle.Mail;

/// <summary>
/// SMTP settings (<c>Mail:Host</c>, <c>Mail:Port</c>, <c>Mail:From</c>, optional <c>Mail:StartTls</c>,
/// <c>Mail:User</c>, <c>Mail:Password</c>). Email is off while Host is empty; notifications stay in-app.
/// </summary>
public sealed record MailSettings(string? Host, int Port, string From, bool StartTls = false, string? User = null, string? Password = null)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public static MailSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Mail");
        return new MailSettings(
            section["Host"],
            int.TryParse(section["Port"], System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : 25,
            string.IsNullOrWhiteSpace(section["From"]) ? "mingle@localhost" : section["From"]!,
            bool.TryParse(section["StartTls"], out var tls) && tls,
            string.IsNullOrWhiteSpace(section["User"]) ? null : section["User"],
            string.IsNullOrWhiteSpace(section["Password"]) ? null : section["Password"]);
    }
}
