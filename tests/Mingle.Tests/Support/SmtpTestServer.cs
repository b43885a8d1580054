using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Mingle.Tests.Support;

/// <summary>
/// A real SMTP server for tests: Debian's aiosmtpd (python3-aiosmtpd) run with /usr/bin/python3 on a free local
/// port, storing every message it receives in a Maildir that the test reads back with MimeKit.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    readonly Process process;
    readonly string directory;

    SmtpTestServer(Process process, string directory, int port)
    {
        this.process = process;
        this.directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A port nothing listens on right now (for "the SMTP server is down" and for starting one later).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<SmtpTestServer> StartAsync(int? port = null)
    {
        var chosen = port ?? FreePort();
        var directory = Path.Combine(Path.GetTempPath(), $"mingle-smtp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{chosen}", "-c", "aiosmtpd.handlers.Mailbox", Path.Combine(directory, "mail") })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        var server = new SmtpTestServer(process, directory, chosen);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, chosen);
                return server;
            }
            catch (SocketException) when (attempt < 100 && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                var error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "not listening after 10 s";
                await server.DisposeAsync();
                throw new InvalidOperationException($"aiosmtpd did not start (is python3-aiosmtpd installed?): {error}");
            }
        }
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var inbox = Path.Combine(directory, "mail", "new");
        if (!Directory.Exists(inbox)) return [];
        return Directory.GetFiles(inbox).Select(f => (File: f, Time: File.GetLastWriteTimeUtc(f))).OrderBy(f => f.Time).ThenBy(f => f.File, StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f.File)).ToList();
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived (or the timeout passed) and returns all of them.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var until = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (Messages().Count < count && DateTimeOffset.UtcNow < until) await Task.Delay(100);
        return Messages();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
