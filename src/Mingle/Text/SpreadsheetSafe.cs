namespace Mingle.Text;

/// <summary>Privacy rule 9: a CSV cell that a spreadsheet would run as a formula gets a leading apostrophe.</summary>
public static class SpreadsheetSafe
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value ?? "";
        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' ? "'" + value : value;
    }
}
