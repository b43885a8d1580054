namespace Mingle.Graph.Matching;

/// <summary>Value and total cost of a flow found by <see cref="MinCostFlow"/>.</summary>
public readonly record struct FlowResult(long Flow, double Cost);
