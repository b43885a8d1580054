using System.CommandLine;

namespace Mingle.Cli.Graph;

/// <summary>
/// <c>mingle graph &lt;measure&gt; --input edges.csv [--directed] [--weighted] [--output out.csv] [--seed N]
/// [--samples K] [--resolution R]</c>: one network measure over an edge-list CSV, written as CSV.
/// Exit codes: 0 done, 2 bad input (message with the line number on stderr), 1 any other failure.
/// </summary>
public static class GraphCommand
{
    public static Command Create()
    {
        var measure = new Argument<string>("measure")
        {
            Description = "One of: " + string.Join(", ", GraphRunner.Measures),
        };
        measure.AcceptOnlyFromAmong(GraphRunner.Measures);
        var input = new Option<string>("--input", "-i")
        {
            Description = "Edge-list CSV with header source,target[,weight]",
            Required = true,
        };
        var directed = new Option<bool>("--directed") { Description = "Treat edges as directed (source → target)" };
        var weighted = new Option<bool>("--weighted") { Description = "Read the weight column (distances for path measures)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the CSV here instead of standard output" };
        var seed = new Option<int>("--seed") { Description = "Seed for sampling and community detection", DefaultValueFactory = _ => 0 };
        var samples = new Option<int?>("--samples") { Description = "betweenness: estimate from K sampled sources" };
        var resolution = new Option<double>("--resolution")
        {
            Description = "louvain/leiden: modularity resolution γ",
            DefaultValueFactory = _ => 1.0,
        };
        var approximate = new Option<bool>("--approximate")
        {
            Description = "matching: use the fast ½-approximation even on small graphs",
        };
        var timings = new Option<bool>("--timings") { Description = "Print load/compute/write milliseconds to stderr" };

        var command = new Command("graph", "Network measures on an edge-list CSV (networkx definitions).")
        {
            measure, input, directed, weighted, output, seed, samples, resolution, approximate, timings,
        };
        command.SetAction((parse, ct) =>
        {
            var request = new GraphRequest(
                parse.GetRequiredValue(measure),
                parse.GetRequiredValue(input),
                parse.GetValue(directed),
                parse.GetValue(weighted),
                parse.GetValue(output),
                parse.GetValue(seed),
                parse.GetValue(samples),
                parse.GetValue(resolution),
                parse.GetValue(approximate),
                parse.GetValue(timings));
            var config = parse.InvocationConfiguration;
            return Task.FromResult(GraphRunner.Run(request, config.Output, config.Error, ct));
        });
        return command;
    }
}
