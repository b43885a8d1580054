using Mingle.Tests.Support;

namespace Mingle.Web.Tests.Support;

/// <summary>[Theory] data: every integration test runs on SQLite and, where a server is configured, PostgreSQL.</summary>
public static class Providers
{
    public static TheoryData<string> All => TestDatabase.Providers;
}
