using System.CommandLine;

namespace Mingle.Cli.Graph;

/// <summary>`mingle graph &lt;measure&gt; …` — placeholder until the graph engine's CLI lands.</summary>
public static class GraphCommand
{
    public static Command Create() => new("graph", "Network measures on an edge-list CSV.");
}
