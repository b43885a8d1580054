using Mingle.Graph;

namespace Mingle.Insights;

/// <summary>The people network of a window: an undirected weighted tie graph over dense person indexes.</summary>
/// <param name="HelpSeekers">Per person, how many distinct colleagues came to them for help or advice.</param>
public sealed record TieSet(Graph.Graph Graph, int[] HelpSeekers, int Interactions, int Ties);
