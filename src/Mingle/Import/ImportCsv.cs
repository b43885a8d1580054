using CsvHelper;

namespace Mingle.Import;

/// <summary>
/// A CSV file with a header whose names are matched case-insensitively, in any order. Reports the physical line
/// where each record starts (a quoted field with line breaks counts all its lines), so errors point at the file as
/// an editor shows it.
/// </summary>
internal sealed class ImportCsv : IAsyncDisposable
{
    readonly CsvReader reader;
    readonly Dictionary<string, int> columns = new(StringComparer.OrdinalIgnoreCase);
    readonly long length;

    ImportCsv(CsvReader reader, long length)
    {
        this.reader = reader;
        this.length = length;
    }

    /// <summary>Opens the stream (UTF-8 with or without BOM); malformed quoting is reported to <paramref name="errors"/>.</summary>
    public static async Task<ImportCsv> OpenAsync(Stream stream, ImportErrorList errors, CancellationToken ct)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,
            OnMalformedRecord = m => errors.Add((int)m.LineNumber, "(record)", $"malformed CSV: {Describe(m.Reason)}"),
        };
        var csv = new ImportCsv(CsvReader.Create(stream, options, leaveOpen: true), stream.CanSeek ? stream.Length : 0);
        await csv.reader.ReadHeaderAsync(ct);
        var headers = csv.reader.Headers;
        for (var i = 0; i < headers.Count; i++) csv.columns.TryAdd(headers[i].Trim(), i);
        return csv;
    }

    /// <summary>Adds a line-1 error for each required column the header lacks; false when any is missing.</summary>
    public bool RequireColumns(ImportErrorList errors, params string[] required)
    {
        var ok = true;
        foreach (var name in required)
        {
            if (columns.ContainsKey(name)) continue;
            errors.Add(1, name, "required column is missing from the header");
            ok = false;
        }
        return ok;
    }

    /// <summary>The column's index, or -1 when the header does not have it.</summary>
    public int IndexOf(string name) => columns.TryGetValue(name, out var i) ? i : -1;

    public ValueTask<bool> ReadAsync(CancellationToken ct) => reader.ReadAsync(ct);

    public int Line => (int)reader.LineNumber;

    public long BytesRead => reader.ByteOffset;

    public long Length => length;

    /// <summary>The trimmed field, or "" when the column is absent or the record is short.</summary>
    public string Get(int index) => index < 0 ? "" : reader.GetString(index);

    public ValueTask DisposeAsync() => reader.DisposeAsync();

    static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.FieldCountMismatch => "wrong number of fields",
        _ => reason.ToString(),
    };
}
