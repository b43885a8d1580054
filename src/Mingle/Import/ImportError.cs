namespace Mingle.Import;

/// <summary>One problem in an import file: the physical line (header = 1), the column and why it is rejected.</summary>
public sealed record ImportError(int Line, string Column, string Reason)
{
    public override string ToString() => $"line {Line}, column {Column}: {Reason}";
}
