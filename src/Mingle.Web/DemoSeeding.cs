namespace Mingle.Web;

/// <summary>Placeholder until the demo generator lands.</summary>
public static class DemoSeeding
{
    public static Task SeedIfEmptyAsync(IServiceProvider services, int people, ILogger logger, CancellationToken ct) => Task.CompletedTask;
}
