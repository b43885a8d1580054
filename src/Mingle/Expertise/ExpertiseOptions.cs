using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Mingle.Expertise;

/// <summary>
/// How fresh the in-memory expertise index is kept (configuration section "Expertise"). Every
/// <see cref="CheckSeconds"/> a request triggers a cheap change check (row counts and last-updated times) and,
/// when something changed, a rebuild; in the background by default, so requests keep being served from the
/// previous index meanwhile. With <see cref="WarmUp"/> the web app builds the index right after start-up, so the
/// first search does not wait for it. Tests set <c>CheckSeconds = 0</c> and <c>Background = false</c> to see every change at once.
/// </summary>
public sealed record ExpertiseOptions(int CheckSeconds = 30, bool Background = true, bool WarmUp = true)
{
    /// <summary>A warm path is at most this many people-to-person steps (me → teammate → … → expert).</summary>
    public const int MaxPathSteps = 4;

    public static ExpertiseOptions From(IConfiguration? configuration)
    {
        var section = configuration?.GetSection("Expertise");
        var seconds = int.TryParse(section?["CheckSeconds"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? Math.Max(0, s) : 30;
        var background = !bool.TryParse(section?["Background"], out var b) || b;
        var warmUp = !bool.TryParse(section?["WarmUp"], out var w) || w;
        return new ExpertiseOptions(seconds, background, warmUp);
    }
}
