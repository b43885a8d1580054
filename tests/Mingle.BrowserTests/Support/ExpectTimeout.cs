using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Mingle.BrowserTests.Support;

static class ExpectTimeout
{
    /// <summary>How long actions (<see cref="BrowserFixture"/>) and web-first assertions wait.</summary>
    internal const float Milliseconds = 15_000;

    /// <summary>
    /// Web-first assertions wait as long as actions do instead of Playwright's 5 s: the first pages of a CI run render
    /// on a cold, busy two-core machine.
    /// </summary>
#pragma warning disable CA2255 // a test assembly: every test in it needs the setting before it starts
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Set() => Assertions.SetDefaultExpectTimeout(Milliseconds);
}
