namespace Mingle.Tests.Demo;

/// <summary>Command tests change environment variables and the console: they run alone.</summary>
[CollectionDefinition(nameof(SeedDemoCommandTests), DisableParallelization = true)]
public sealed class SeedDemoCommandCollection;
