namespace Mingle.Cli.Graph;

/// <summary>The parsed <c>mingle graph</c> command line.</summary>
internal sealed record GraphRequest(
    string Measure,
    string Input,
    bool Directed,
    bool Weighted,
    string? Output,
    int Seed,
    int? Samples,
    double Resolution,
    bool Approximate,
    bool Timings);
