using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Network;
using Mingle.People;

namespace Mingle.Insights;

/// <summary>
/// Reads what a window's network needs straight into int arrays: active people, the org tree, locations, the
/// window's interactions (imported, logged and platform-made: coffee chats, introductions, mentoring and kudos all
/// arrive as interactions), mutual connections and survey nominations. Rows are streamed untracked and projected to
/// ints, so 5 million interactions never exist as entities.
/// <para>Logged interactions feed the aggregate network: privacy rule 2 keeps the log itself (and a person's own
/// metrics) visible to its owner only, and rule 8 keeps logged interactions out of warm-introduction paths,
/// recommendations and match explanations; neither forbids them in aggregates shown under rule 1's k.</para>
/// <para>A survey nomination ("I go to B for advice") is a tie on its own, like a mutual connection: the respondent
/// names the relationship, which a single interaction does not. It counts only when submitted within the window and
/// only from a survey whose response rate and respondent count reached the survey's minimums (rule 5: below them a
/// survey yields no result, and the general network is a result too).</para>
/// </summary>
public sealed class InsightsLoader(MingleDb db, InsightsOptions options)
{
    public async Task<(OrgStructure Org, TieSet Ties)> LoadAsync(int windowDays, DateTime windowEnd, CancellationToken ct)
    {
        var org = await LoadStructureAsync(ct);
        return (org, await LoadTiesAsync(org, windowDays, windowEnd, ct));
    }

    /// <summary>The ties of [windowEnd − windowDays, windowEnd) among the people of <paramref name="org"/>.</summary>
    public async Task<TieSet> LoadTiesAsync(OrgStructure org, int windowDays, DateTime windowEnd, CancellationToken ct)
    {
        var index = new int[org.PeopleCount == 0 ? 1 : org.PersonIds[^1] + 1];
        Array.Fill(index, -1);
        for (var p = 0; p < org.PeopleCount; p++) index[org.PersonIds[p]] = p;
        int IndexOf(int id) => (uint)id < (uint)index.Length ? index[id] : -1;

        var ties = new TieAccumulator(org.PeopleCount, windowDays, options);
        await ReadInteractionsAsync(windowDays, windowEnd, (fromId, toId, type, ageDays) =>
        {
            var from = IndexOf(fromId);
            var to = IndexOf(toId);
            if (from >= 0 && to >= 0) ties.AddInteraction(from, to, ageDays, type); // else someone who left
        }, ct);
        var connections = db.NetworkEntries.AsNoTracking()
            .Where(e => e.Kind == NetworkEntryKind.Connection)
            .Select(e => new { e.OwnerId, e.PersonId });
        await foreach (var c in connections.AsAsyncEnumerable().WithCancellation(ct))
        {
            var a = IndexOf(c.OwnerId);
            var b = IndexOf(c.PersonId);
            // Each side of a connection has its own entry; one is enough, and a duplicate would double the weight.
            if (a >= 0 && b >= 0 && c.OwnerId < c.PersonId) ties.AddConnection(a, b);
        }
        await AddNominationsAsync(org, IndexOf, ties, windowDays, windowEnd, ct);
        return ties.Build();
    }

    async Task AddNominationsAsync(OrgStructure org, Func<int, int> indexOf, TieAccumulator ties, int windowDays, DateTime windowEnd,
        CancellationToken ct)
    {
        var start = windowEnd.AddDays(-windowDays);
        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => db.SurveyResponses.Any(r => r.SurveyId == s.Id && r.SubmittedAt >= start && r.SubmittedAt < windowEnd))
            .Select(s => new { s.Id, s.AudienceUnits, s.MinResponseRate }).ToListAsync(ct);
        if (surveys.Count == 0) return;
        var unitIndex = new Dictionary<int, int>(org.Units.Length);
        for (var u = 0; u < org.Units.Length; u++) unitIndex[org.Units[u].Id] = u;
        foreach (var survey in surveys)
        {
            var audience = InAudience(org, unitIndex, survey.AudienceUnits);
            var audienceSize = audience.Count(x => x);
            var respondents = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id)
                .Select(r => r.RespondentId).ToListAsync(ct);
            var answered = respondents.Count(id => indexOf(id) is >= 0 and var p && audience[p]);
            if (audienceSize == 0 || answered < options.K || (double)answered / audienceSize < survey.MinResponseRate) continue;
            var nominations = from n in db.SurveyNominations.AsNoTracking()
                              join r in db.SurveyResponses.AsNoTracking() on n.ResponseId equals r.Id
                              where r.SurveyId == survey.Id && r.SubmittedAt >= start && r.SubmittedAt < windowEnd
                              select new { r.RespondentId, n.NomineeId };
            await foreach (var n in nominations.AsAsyncEnumerable().WithCancellation(ct))
            {
                var from = indexOf(n.RespondentId);
                var to = indexOf(n.NomineeId);
                if (from >= 0 && to >= 0 && audience[from]) ties.AddConnection(from, to);
            }
        }
    }

    /// <summary>Who a survey was put to: everyone, or the people of its audience units and their sub-units.</summary>
    static bool[] InAudience(OrgStructure org, Dictionary<int, int> unitIndex, string audienceUnits)
    {
        var units = audienceUnits.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            .Where(unitIndex.ContainsKey).Select(id => unitIndex[id]).ToHashSet();
        var result = new bool[org.PeopleCount];
        for (var p = 0; p < org.PeopleCount; p++)
            result[p] = audienceUnits.Length == 0 || (org.PersonUnit[p] is >= 0 and var u && org.Ancestors[u].Any(units.Contains));
        return result;
    }

    /// <summary>
    /// The window's interactions as four ints, read with a plain data reader: the database computes each row's age in
    /// days, so five million timestamps are never parsed or materialised (EF turned this into most of a refresh).
    /// </summary>
    async Task ReadInteractionsAsync(int windowDays, DateTime windowEnd, Action<int, int, InteractionType, int> row, CancellationToken ct)
    {
        var start = windowEnd.AddDays(-windowDays);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            var end = command.CreateParameter();
            end.ParameterName = "end";
            var from = command.CreateParameter();
            from.ParameterName = "start";
            if (db.IsPostgres)
            {
                command.CommandText = """
                    SELECT "FromPersonId", "ToPersonId", "Type", FLOOR(EXTRACT(EPOCH FROM (@end - "OccurredAt")) / 86400)::int
                    FROM "Interactions" WHERE "OccurredAt" >= @start AND "OccurredAt" < @end
                    """;
                end.Value = windowEnd;
                from.Value = start;
            }
            else
            {
                // EF stores SQLite DateTimes as UTC text "yyyy-MM-dd HH:mm:ss[.fffffff]", which compares as text.
                // The unary + keeps SQLite off the OccurredAt index: fetching each row by rowid from the index is random
                // I/O (45 s for 5.4 million rows), a sequential scan of the whole table takes 2 s, even for a 30-day window.
                command.CommandText = """
                    SELECT "FromPersonId", "ToPersonId", "Type", CAST(julianday($end) - julianday("OccurredAt") AS INTEGER)
                    FROM "Interactions" WHERE +"OccurredAt" >= $start AND +"OccurredAt" < $end
                    """;
                end.Value = windowEnd.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
                from.Value = start.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            }
            command.Parameters.Add(end);
            command.Parameters.Add(from);
            await using var reader = await command.ExecuteReaderAsync(ct);
            // Rows are read synchronously in batches: an await per row costs more than the row (5 million of them).
            var rows = 0;
            while (reader.Read())
            {
                row(reader.GetInt32(0), reader.GetInt32(1), (InteractionType)reader.GetInt32(2), reader.GetInt32(3));
                if (++rows % 65536 == 0) ct.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<OrgStructure> LoadStructureAsync(CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, u.Depth }).ToListAsync(ct);
        var unitIndex = new Dictionary<int, int>(units.Count);
        for (var i = 0; i < units.Count; i++) unitIndex[units[i].Id] = i;
        var unitInfos = units.Select(u => new UnitInfo(u.Id, u.Name, u.Path,
            u.ParentId is { } parent && unitIndex.TryGetValue(parent, out var pi) ? pi : -1, u.Depth)).ToArray();
        // Depth is stored; recompute from the parent chain so a tree edited by hand cannot disagree with itself.
        unitInfos = FixDepths(unitInfos);
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Id, l.Name }).ToListAsync(ct);
        var locationIndex = new Dictionary<int, int>(locations.Count);
        for (var i = 0; i < locations.Count; i++) locationIndex[locations[i].Id] = i;

        var ids = new List<int>();
        var unitOf = new List<int>();
        var locationOf = new List<int>();
        var levelOf = new List<int>();
        var people = db.People.AsNoTracking().Where(p => p.Status == PersonStatus.Active).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.OrgUnitId, p.LocationId, p.Level });
        await foreach (var p in people.AsAsyncEnumerable().WithCancellation(ct))
        {
            ids.Add(p.Id);
            unitOf.Add(p.OrgUnitId is { } u && unitIndex.TryGetValue(u, out var ui) ? ui : -1);
            locationOf.Add(p.LocationId is { } l && locationIndex.TryGetValue(l, out var li) ? li : -1);
            levelOf.Add(p.Level ?? 0);
        }
        return new OrgStructure([.. ids], [.. unitOf], [.. locationOf], [.. levelOf], unitInfos,
            [.. locations.Select(l => new LocationInfo(l.Id, l.Name))]);
    }

    static UnitInfo[] FixDepths(UnitInfo[] units)
    {
        var result = new UnitInfo[units.Length];
        for (var u = 0; u < units.Length; u++)
        {
            var depth = 0;
            for (var a = units[u].Parent; a >= 0 && depth <= units.Length; a = units[a].Parent) depth++;
            result[u] = units[u] with { Depth = depth };
        }
        return result;
    }
}
