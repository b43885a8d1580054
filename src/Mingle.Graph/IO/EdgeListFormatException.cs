namespace Mingle.Graph.IO;

/// <summary>The edge-list CSV is malformed; <see cref="LineNumber"/> is 1-based (the header is line 1).</summary>
public sealed class EdgeListFormatException : FormatException
{
    public EdgeListFormatException() { }

    public EdgeListFormatException(string message) : base(message) { }

    public EdgeListFormatException(string message, Exception inner) : base(message, inner) { }

    public EdgeListFormatException(long lineNumber, string problem) : base($"line {lineNumber}: {problem}")
    {
        LineNumber = lineNumber;
        Problem = problem;
    }

    public long LineNumber { get; }

    public string Problem { get; } = "";
}
