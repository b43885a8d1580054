namespace Mingle.Graph.Centrality;

/// <summary>A power iteration did not converge within its iteration budget (networkx raises
/// <c>PowerIterationFailedConvergence</c> in the same situation).</summary>
public sealed class ConvergenceException : Exception
{
    public ConvergenceException() { }

    public ConvergenceException(string message) : base(message) { }

    public ConvergenceException(string message, Exception inner) : base(message, inner) { }
}
