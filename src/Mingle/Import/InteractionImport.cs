using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Network;

namespace Mingle.Import;

/// <summary>
/// Imports collaboration metadata (<c>from_email,to_email,type,occurred_at[,count]</c>). The file is streamed once:
/// each row is validated and kept as a small struct; only when no row is bad are they bulk-copied, in one transaction.
/// </summary>
public sealed class InteractionImport(MingleDb db, AuditLog audit)
{
    const int ProgressEvery = 50_000;

    static readonly Dictionary<string, InteractionType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["meeting"] = InteractionType.Meeting,
        ["message"] = InteractionType.Message,
        ["call"] = InteractionType.Call,
        ["coffee"] = InteractionType.Coffee,
        ["help"] = InteractionType.Help,
        ["other"] = InteractionType.Other,
    };

    static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public async Task<InteractionImportResult> RunAsync(InteractionImportRequest request,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var errors = new ImportErrorList();
        var people = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await foreach (var p in db.People.AsNoTracking().Select(p => new { p.Email, p.Id }).AsAsyncEnumerable().WithCancellation(ct))
            people[p.Email] = p.Id;

        var rows = new List<Row>();
        var read = 0;
        await using (var csv = await ImportCsv.OpenAsync(request.Csv, errors, ct))
        {
            if (!csv.RequireColumns(errors, "from_email", "to_email", "type", "occurred_at"))
                return new InteractionImportResult(errors.Sorted(), errors.Count, 0, 0, request.DryRun);
            var columns = new Columns(csv.IndexOf("from_email"), csv.IndexOf("to_email"), csv.IndexOf("type"),
                csv.IndexOf("occurred_at"), csv.IndexOf("count"));
            var dates = new DateCache();
            while (await csv.ReadAsync(ct))
            {
                var row = ReadRow(csv, columns, people, dates, errors);
                // Once the file is known to be bad the rows are not needed, only the rest of the errors.
                if (errors.Count == 0) rows.Add(row);
                if (++read % ProgressEvery == 0) progress?.Report(new ImportProgress("Reading", csv.BytesRead, csv.Length));
            }
            progress?.Report(new ImportProgress("Reading", csv.Length, csv.Length));
        }
        if (errors.Count > 0) return new InteractionImportResult(errors.Sorted(), errors.Count, read, 0, request.DryRun);
        if (request.DryRun) return new InteractionImportResult([], 0, read, 0, true);

        // Insert in index order: the (from, time) index then grows at its end instead of at random places.
        rows.Sort(static (a, b) => a.From != b.From ? a.From.CompareTo(b.From) : a.At.CompareTo(b.At));
        await using var cache = await SqliteImportCache.EnlargeAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var imported = await BulkCopy.InsertAsync(db, Entities(rows, progress), ct);
        audit.Add(request.ActorId, "import.interactions", null, $"imported {imported}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new InteractionImportResult([], 0, read, imported, false);
    }

    static Row ReadRow(ImportCsv csv, Columns c, Dictionary<string, int> people, DateCache dates, ImportErrorList errors)
    {
        var line = csv.Line;
        var from = Person(csv.Get(c.From), "from_email", line, people, errors);
        var to = Person(csv.Get(c.To), "to_email", line, people, errors);
        if (from > 0 && from == to) errors.Add(line, "to_email", "from and to are the same person");

        var typeText = csv.Get(c.Type);
        if (!Types.TryGetValue(typeText, out var type))
        {
            errors.Add(line, "type", typeText.Length == 0
                ? "required field is empty"
                : $"unknown type '{typeText}' (expected meeting, message, call, coffee, help or other)");
        }

        var when = csv.Get(c.OccurredAt);
        if (!dates.TryParse(when, out var at))
        {
            errors.Add(line, "occurred_at", when.Length == 0
                ? "required field is empty"
                : $"bad date '{when}' (expected yyyy-mm-dd or an ISO 8601 date-time)");
        }

        var count = 1;
        var countText = csv.Get(c.Count);
        if (countText.Length > 0
            && (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1))
            errors.Add(line, "count", $"count '{countText}' is not a positive integer");
        return new Row(from, to, type, at, count);
    }

    static int Person(string email, string column, int line, Dictionary<string, int> people, ImportErrorList errors)
    {
        if (email.Length == 0) errors.Add(line, column, "required field is empty");
        else if (people.TryGetValue(email, out var id)) return id;
        else errors.Add(line, column, $"unknown person '{email}'");
        return 0;
    }

    static IEnumerable<Interaction> Entities(List<Row> rows, IProgress<ImportProgress>? progress)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (i % ProgressEvery == 0) progress?.Report(new ImportProgress("Writing", i, rows.Count));
            yield return new Interaction
            {
                FromPersonId = r.From,
                ToPersonId = r.To,
                Type = r.Type,
                Direction = Interaction.DefaultDirection(r.Type),
                OccurredAt = r.At,
                Count = r.Count,
                Source = InteractionSource.Import,
            };
        }
        progress?.Report(new ImportProgress("Writing", rows.Count, rows.Count));
    }

    readonly record struct Row(int From, int To, InteractionType Type, DateTime At, int Count);

    sealed record Columns(int From, int To, int Type, int OccurredAt, int Count);

    /// <summary>Imported files repeat the same few dates (one per day or week), so remember the last one parsed.</summary>
    sealed class DateCache
    {
        string? lastText;
        DateTime last;

        public bool TryParse(string text, out DateTime utc)
        {
            if (text == lastText)
            {
                utc = last;
                return true;
            }
            if (!Parse(text, out utc)) return false;
            (lastText, last) = (text, utc);
            return true;
        }

        static bool Parse(string text, out DateTime utc)
        {
            if (text.Length == 10)
            {
                var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d);
                utc = ok ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : default;
                return ok;
            }
            // No offset means UTC: collaboration exports are in UTC unless they say otherwise.
            if (DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out var dto))
            {
                utc = dto.UtcDateTime;
                return true;
            }
            utc = default;
            return false;
        }
    }
}
