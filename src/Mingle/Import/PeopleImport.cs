using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.People;

namespace Mingle.Import;

/// <summary>
/// Upserts people from an HRIS CSV by employee id. Every row is validated before anything is written, and the write is
/// one transaction, so a bad file changes nothing. Existing people, units and locations are loaded once into
/// dictionaries (no per-row queries); new people are bulk-copied with ids assigned here so that managers can be set in
/// the same insert.
/// </summary>
public sealed class PeopleImport(MingleDb db, TimeProvider clock, AuditLog audit)
{
    const int SaveBatch = 5000;

    public async Task<PeopleImportResult> RunAsync(PeopleImportRequest request, IProgress<ImportProgress>? progress,
        CancellationToken ct)
    {
        var errors = new ImportErrorList();
        var rows = await ReadAsync(request.Csv, errors, progress, ct);
        if (rows is null) return Failed(errors, 0, request.DryRun);
        progress?.Report(new ImportProgress("Validating", 0, rows.Count));
        var known = await KnownData.LoadAsync(db, ct);
        var file = CrossValidate(rows, known, errors);
        if (errors.Count > 0) return Failed(errors, rows.Count, request.DryRun);
        progress?.Report(new ImportProgress("Validating", rows.Count, rows.Count));

        var plan = Plan(rows, file, known, request.Full);
        if (!request.DryRun) await WriteAsync(plan, file, known, request, progress, ct);
        return new PeopleImportResult([], 0, rows.Count, plan.Created.Count, plan.Updated.Count, plan.Unchanged,
            plan.MarkedLeft, request.DryRun);
    }

    static PeopleImportResult Failed(ImportErrorList errors, int rows, bool dryRun) =>
        new(errors.Sorted(), errors.Count, rows, 0, 0, 0, 0, dryRun);

    // ---- reading: one pass, field-level checks ----

    static async Task<List<PersonRow>?> ReadAsync(Stream stream, ImportErrorList errors,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        await using var csv = await ImportCsv.OpenAsync(stream, errors, ct);
        if (!csv.RequireColumns(errors, "employee_id", "email", "name")) return null;
        var columns = new PeopleColumns(csv);
        var zones = new Dictionary<string, bool>(StringComparer.Ordinal);
        var rows = new List<PersonRow>();
        while (await csv.ReadAsync(ct))
        {
            rows.Add(ReadRow(csv, columns, zones, errors));
            if ((rows.Count & 4095) == 0) progress?.Report(new ImportProgress("Reading", csv.BytesRead, csv.Length));
        }
        progress?.Report(new ImportProgress("Reading", csv.Length, csv.Length));
        return rows;
    }

    static PersonRow ReadRow(ImportCsv csv, PeopleColumns c, Dictionary<string, bool> zones, ImportErrorList errors)
    {
        var line = csv.Line;
        var row = new PersonRow
        {
            Line = line,
            EmployeeId = csv.Get(c.EmployeeId),
            Email = csv.Get(c.Email).ToLowerInvariant(),
            Name = csv.Get(c.Name),
            Title = NullIfEmpty(csv.Get(c.Title)),
            Function = NullIfEmpty(csv.Get(c.Function)),
            Location = NullIfEmpty(csv.Get(c.Location)),
            Country = NullIfEmpty(csv.Get(c.Country)),
        };
        // The database limits (varchar on PostgreSQL) are checked here, so a long field gets its line number.
        TooLong("employee_id", row.EmployeeId, 400);
        TooLong("email", row.Email, 254);
        TooLong("name", row.Name, 400);
        TooLong("title", row.Title, 400);
        TooLong("function", row.Function, 400);
        TooLong("location", row.Location, 400);
        TooLong("country", row.Country, 400);
        TooLong("department", csv.Get(c.Department), 1000);
        if (row.EmployeeId.Length == 0) errors.Add(line, "employee_id", "required field is empty");
        if (row.Name.Length == 0) errors.Add(line, "name", "required field is empty");
        if (row.Email.Length == 0) errors.Add(line, "email", "required field is empty");
        else if (!IsEmail(row.Email)) errors.Add(line, "email", $"malformed email '{row.Email}'");

        var manager = csv.Get(c.ManagerEmail).ToLowerInvariant();
        if (manager.Length > 0)
        {
            if (IsEmail(manager)) row.ManagerEmail = manager;
            else errors.Add(line, "manager_email", $"malformed email '{manager}'");
        }

        var department = csv.Get(c.Department);
        if (department.Length > 0)
        {
            row.Department = NormalizePath(department);
            if (row.Department is null) errors.Add(line, "department", $"department path '{department}' has an empty part");
        }

        var zone = csv.Get(c.TimeZone);
        if (zone.Length > 0)
        {
            if (!zones.TryGetValue(zone, out var valid)) zones[zone] = valid = IsIanaZone(zone);
            if (valid) row.TimeZone = zone;
            else errors.Add(line, "time_zone", $"unknown time zone '{zone}' (expected an IANA id such as Europe/Lisbon)");
        }

        var level = csv.Get(c.Level);
        if (level.Length > 0)
        {
            if (!int.TryParse(level, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                errors.Add(line, "level", $"level '{level}' is not an integer");
            else if (n is < 1 or > 10) errors.Add(line, "level", $"level {n} is outside 1–10");
            else row.Level = n;
        }

        var hired = csv.Get(c.HireDate);
        if (hired.Length > 0)
        {
            if (DateOnly.TryParseExact(hired, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                row.HireDate = d;
            else errors.Add(line, "hire_date", $"bad date '{hired}' (expected yyyy-mm-dd)");
        }

        var status = csv.Get(c.Status);
        if (status.Length == 0 || status.Equals("active", StringComparison.OrdinalIgnoreCase)) row.Status = PersonStatus.Active;
        else if (status.Equals("left", StringComparison.OrdinalIgnoreCase)) row.Status = PersonStatus.Left;
        else errors.Add(line, "status", $"unknown status '{status}' (expected active or left)");
        row.Columns = c;
        return row;

        void TooLong(string column, string? value, int max)
        {
            if (value is { Length: var length } && length > max)
                errors.Add(line, column, $"longer than {max} characters ({length})");
        }
    }

    static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>Plain addresses only: a display name ("Ana &lt;ana@x&gt;") or spaces are rejected.</summary>
    internal static bool IsEmail(string s) =>
        s.Length <= 254 && !s.Any(char.IsWhiteSpace) && s.IndexOf('@', StringComparison.Ordinal) > 0
        && MailAddress.TryCreate(s, out var address) && address.Address == s;

    /// <summary>IANA ids only: .NET also finds Windows ids ("Pacific Standard Time"), which the model does not store.</summary>
    static bool IsIanaZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    static string? NormalizePath(string path)
    {
        var parts = path.Split('/', StringSplitOptions.TrimEntries);
        return parts.Any(p => p.Length == 0) ? null : string.Join('/', parts);
    }

    // ---- cross-row checks: duplicates, the database, managers ----

    static FileIndex CrossValidate(List<PersonRow> rows, KnownData known, ImportErrorList errors)
    {
        var file = new FileIndex();
        foreach (var row in rows)
        {
            if (row.EmployeeId.Length > 0)
            {
                if (file.ByEmployeeId.TryGetValue(row.EmployeeId, out var first))
                    errors.Add(row.Line, "employee_id", $"duplicate employee_id '{row.EmployeeId}' (first on line {first.Line})");
                else file.ByEmployeeId[row.EmployeeId] = row;
            }
            if (row.Email.Length > 0 && IsEmail(row.Email))
            {
                if (file.ByEmail.TryGetValue(row.Email, out var first))
                    errors.Add(row.Line, "email", $"duplicate email '{row.Email}' (first on line {first.Line})");
                else file.ByEmail[row.Email] = row;
                if (known.ByEmail.TryGetValue(row.Email, out var holder) && holder.EmployeeId != row.EmployeeId)
                    errors.Add(row.Line, "email", $"email '{row.Email}' already belongs to employee '{holder.EmployeeId}' in the database");
            }
        }
        foreach (var row in rows)
        {
            if (row.ManagerEmail is { } m && !file.ByEmail.ContainsKey(m) && !known.ByEmail.ContainsKey(m))
            {
                errors.Add(row.Line, "manager_email", $"unknown manager '{m}' (not in the file or the database)");
                row.ManagerEmail = null; // keeps the cycle check below from walking into nobody
            }
        }
        FindManagerCycles(rows, file, known, errors);
        return file;
    }

    /// <summary>
    /// Follows each person's manager chain through the file and, for people not in it, the database. The chains form
    /// a functional graph, so one walk per start with "on path"/"done" marks finds every cycle in linear time.
    /// </summary>
    static void FindManagerCycles(List<PersonRow> rows, FileIndex file, KnownData known, ImportErrorList errors)
    {
        var marks = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path; true: done
        var path = new List<string>();
        foreach (var row in rows)
        {
            if (!file.ByEmail.TryGetValue(row.Email, out var owner) || owner != row) continue;
            path.Clear();
            string? node = row.Email;
            while (node is not null && !marks.ContainsKey(node))
            {
                marks[node] = false;
                path.Add(node);
                node = Canonical(ManagerOf(node, file, known), file, known);
            }
            if (node is not null && !marks[node])
            {
                var cycle = path[path.IndexOf(node)..];
                var reason = cycle.Count == 1
                    ? $"manager cycle: {node} is their own manager"
                    : $"manager cycle: {Describe(cycle)}";
                foreach (var member in cycle)
                    if (file.ByEmail.TryGetValue(member, out var r)) errors.Add(r.Line, "manager_email", reason);
            }
            foreach (var p in path) marks[p] = true;
        }
    }

    static string Describe(List<string> cycle) =>
        cycle.Count <= 6
            ? string.Join(" → ", cycle.Append(cycle[0]))
            : $"{string.Join(" → ", cycle.Take(5))} → … ({cycle.Count} people)";

    static string? ManagerOf(string email, FileIndex file, KnownData known)
    {
        if (file.ByEmail.TryGetValue(email, out var row)) return row.ManagerEmail;
        if (known.ByEmail.TryGetValue(email, out var person) && person.ManagerId is int id
            && known.ById.TryGetValue(id, out var manager)) return manager.Email;
        return null;
    }

    /// <summary>A person whose email changes in this file is known under both emails; walk them under the new one.</summary>
    static string? Canonical(string? email, FileIndex file, KnownData known) =>
        email is not null && !file.ByEmail.ContainsKey(email) && known.ByEmail.TryGetValue(email, out var p)
            && file.ByEmployeeId.TryGetValue(p.EmployeeId, out var row)
            ? row.Email
            : email;

    // ---- planning: what changes, counted before anything is written (so a dry run reports the same) ----

    static ImportPlan Plan(List<PersonRow> rows, FileIndex file, KnownData known, bool full)
    {
        var plan = new ImportPlan();
        foreach (var row in rows)
        {
            if (row.Department is { } path && row.Function is { } function) plan.UnitFunctions[path] = function;
            if (!known.ByEmployeeId.TryGetValue(row.EmployeeId, out var person))
            {
                plan.Created.Add(row);
                continue;
            }
            if (Differs(person, row, file, known))
            {
                plan.Updated.Add((person, row));
                if (person.Status == PersonStatus.Active && row.Status == PersonStatus.Left) plan.MarkedLeft++;
            }
            else plan.Unchanged++;
        }
        if (full)
        {
            foreach (var person in known.People)
            {
                if (person.Status != PersonStatus.Active || file.ByEmployeeId.ContainsKey(person.EmployeeId)) continue;
                plan.LeftByAbsence.Add(person);
                plan.MarkedLeft++;
            }
        }
        return plan;
    }

    static bool Differs(Person p, PersonRow row, FileIndex file, KnownData known)
    {
        var c = row.Columns;
        if (p.Email != row.Email || p.Name != row.Name || p.Status != row.Status) return true;
        if (c.Title >= 0 && p.Title != row.Title) return true;
        if (c.Level >= 0 && p.Level != row.Level) return true;
        if (c.HireDate >= 0 && p.HireDate != row.HireDate) return true;
        if (c.TimeZone >= 0 && p.TimeZone != row.TimeZone) return true;
        if (c.Department >= 0
            && (p.OrgUnitId is int u && known.UnitsById.TryGetValue(u, out var unit) ? unit.Path : null) != row.Department)
            return true;
        if (c.Location >= 0
            && (p.LocationId is int l && known.LocationsById.TryGetValue(l, out var site) ? site.Name : null) != row.Location)
            return true;
        if (c.ManagerEmail >= 0)
        {
            // A manager created by this file is new, so it can't be the current one.
            var desired = row.ManagerEmail is null ? (int?)null : ExistingManagerId(row.ManagerEmail, file, known) ?? -1;
            if (desired != p.ManagerId) return true;
        }
        return false;
    }

    static int? ExistingManagerId(string email, FileIndex file, KnownData known)
    {
        if (file.ByEmail.TryGetValue(email, out var row))
            return known.ByEmployeeId.TryGetValue(row.EmployeeId, out var p) ? p.Id : null;
        return known.ByEmail.TryGetValue(email, out var person) ? person.Id : null;
    }

    // ---- writing: one transaction ----

    async Task WriteAsync(ImportPlan plan, FileIndex file, KnownData known, PeopleImportRequest request,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var total = plan.Created.Count + plan.Updated.Count + plan.LeftByAbsence.Count;
        progress?.Report(new ImportProgress("Writing", 0, total));
        await using var cache = await SqliteImportCache.EnlargeAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        AddUnitsAndLocations(file, known, plan);
        await db.SaveChangesAsync(ct);

        // Ids for new people are assigned here so a manager's id is known before the insert; reading MAX inside the
        // transaction (after our first write holds the lock on SQLite) keeps them clear of existing rows.
        var nextId = (await db.People.MaxAsync(p => (int?)p.Id, ct) ?? 0) + 1;
        var newIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in plan.Created) newIds[row.EmployeeId] = nextId++;
        int? ManagerId(string? email) => email is null ? null : ResolvePersonId(email, file, known, newIds);

        var created = plan.Created
            .Select(row => NewPerson(row, newIds[row.EmployeeId], ManagerId(row.ManagerEmail), known, now))
            .ToList();
        // Foreign keys are checked per statement on SQLite: insert managers before their reports.
        created = OrderManagersFirst(created);
        await BulkCopy.InsertAsync(db, created, ct, includeGeneratedKey: true);
        await BulkCopy.ResetIdentityAsync<Person>(db, ct);
        var done = created.Count;
        progress?.Report(new ImportProgress("Writing", done, total));

        var leaving = new List<int>();
        var pending = 0;
        foreach (var (person, row) in plan.Updated)
        {
            db.People.Attach(person);
            var wasActive = person.Status == PersonStatus.Active;
            Apply(person, row, ManagerId(row.ManagerEmail), known);
            if (wasActive && row.Status == PersonStatus.Left) Leave(person, now, leaving);
            if (!wasActive && row.Status == PersonStatus.Active) person.LeftAt = null;
            person.UpdatedAt = now;
            if (++pending == SaveBatch) pending = await FlushAsync(progress, done += pending, total, ct);
        }
        foreach (var person in plan.LeftByAbsence)
        {
            db.People.Attach(person);
            Leave(person, now, leaving);
            person.UpdatedAt = now;
            if (++pending == SaveBatch) pending = await FlushAsync(progress, done += pending, total, ct);
        }
        await FlushAsync(progress, done + pending, total, ct);

        // Leaving ends every way in: the new security stamp kills cookie sessions, this kills API tokens.
        foreach (var chunk in leaving.Chunk(1000))
            await db.ApiTokens.Where(t => chunk.Contains(t.PersonId) && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);

        audit.Add(request.ActorId, "import.people", null,
            $"created {plan.Created.Count}, updated {plan.Updated.Count}, unchanged {plan.Unchanged}, " +
            $"marked left {plan.MarkedLeft}{(request.Full ? " (full)" : "")}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    async Task<int> FlushAsync(IProgress<ImportProgress>? progress, int done, int total, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        // Units and locations are saved already; clearing keeps the change tracker small on big files.
        db.ChangeTracker.Clear();
        progress?.Report(new ImportProgress("Writing", done, total));
        return 0;
    }

    static void Leave(Person person, DateTime now, List<int> leaving)
    {
        person.Status = PersonStatus.Left;
        person.LeftAt = now;
        person.SecurityStamp = Guid.NewGuid().ToString("N");
        leaving.Add(person.Id);
    }

    void AddUnitsAndLocations(FileIndex file, KnownData known, ImportPlan plan)
    {
        foreach (var row in file.ByEmployeeId.Values)
        {
            if (row.Department is { } path) EnsureUnit(path, known);
            if (row.Location is { } name)
            {
                if (!known.Locations.TryGetValue(name, out var site))
                {
                    site = new Location { Name = name };
                    db.Locations.Add(site);
                    known.Locations[name] = site;
                }
                site.Country ??= row.Country;
                site.TimeZone ??= row.TimeZone;
            }
        }
        foreach (var (path, function) in plan.UnitFunctions)
            if (known.Units[path].Function != function) known.Units[path].Function = function;
    }

    OrgUnit EnsureUnit(string path, KnownData known)
    {
        if (known.Units.TryGetValue(path, out var unit)) return unit;
        var slash = path.LastIndexOf('/');
        var parent = slash < 0 ? null : EnsureUnit(path[..slash], known);
        unit = new OrgUnit
        {
            Name = path[(slash + 1)..],
            Path = path,
            Parent = parent,
            Depth = parent is null ? 0 : parent.Depth + 1,
        };
        db.OrgUnits.Add(unit);
        known.Units[path] = unit;
        return unit;
    }

    static int ResolvePersonId(string email, FileIndex file, KnownData known, Dictionary<string, int> newIds)
    {
        if (file.ByEmail.TryGetValue(email, out var row))
            return known.ByEmployeeId.TryGetValue(row.EmployeeId, out var p) ? p.Id : newIds[row.EmployeeId];
        return known.ByEmail[email].Id;
    }

    static Person NewPerson(PersonRow row, int id, int? managerId, KnownData known, DateTime now)
    {
        var person = new Person
        {
            Id = id,
            EmployeeId = row.EmployeeId,
            Email = row.Email,
            Name = row.Name,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Apply(person, row, managerId, known);
        if (row.Status == PersonStatus.Left) person.LeftAt = now;
        return person;
    }

    /// <summary>Copies the row onto the person; a column the file lacks leaves that field as it is.</summary>
    static void Apply(Person p, PersonRow row, int? managerId, KnownData known)
    {
        var c = row.Columns;
        p.Email = row.Email;
        p.Name = row.Name;
        p.Status = row.Status;
        if (c.Title >= 0) p.Title = row.Title;
        if (c.Level >= 0) p.Level = row.Level;
        if (c.HireDate >= 0) p.HireDate = row.HireDate;
        if (c.TimeZone >= 0) p.TimeZone = row.TimeZone;
        if (c.Department >= 0) p.OrgUnitId = row.Department is null ? null : known.Units[row.Department].Id;
        if (c.Location >= 0) p.LocationId = row.Location is null ? null : known.Locations[row.Location].Id;
        if (c.ManagerEmail >= 0) p.ManagerId = managerId;
    }

    /// <summary>Sorts new people so that each comes after a manager who is also new (depth in the new-people forest).</summary>
    static List<Person> OrderManagersFirst(List<Person> created)
    {
        var byId = created.ToDictionary(p => p.Id);
        var depth = new Dictionary<int, int>(created.Count);
        var chain = new Stack<Person>();
        foreach (var person in created)
        {
            var current = person;
            while (!depth.ContainsKey(current.Id))
            {
                if (current.ManagerId is int m && byId.TryGetValue(m, out var manager) && !depth.ContainsKey(m))
                {
                    chain.Push(current);
                    current = manager;
                    continue;
                }
                depth[current.Id] = current.ManagerId is int k && depth.TryGetValue(k, out var d) ? d + 1 : 0;
                if (chain.Count == 0) break;
                current = chain.Pop();
            }
        }
        return [.. created.OrderBy(p => depth[p.Id])];
    }

    // ---- working types ----

    sealed class PersonRow
    {
        public int Line { get; init; }
        public required string EmployeeId { get; init; }
        public required string Email { get; init; }
        public required string Name { get; init; }
        public string? Title { get; init; }
        public string? Department { get; set; }
        public string? Function { get; init; }
        public string? ManagerEmail { get; set; }
        public string? Location { get; init; }
        public string? Country { get; init; }
        public string? TimeZone { get; set; }
        public int? Level { get; set; }
        public DateOnly? HireDate { get; set; }
        public PersonStatus Status { get; set; }
        public PeopleColumns Columns { get; set; } = null!;
    }

    /// <summary>Column indexes; -1 when the header lacks the column (the field is then left alone on update).</summary>
    sealed class PeopleColumns(ImportCsv csv)
    {
        public int EmployeeId { get; } = csv.IndexOf("employee_id");
        public int Email { get; } = csv.IndexOf("email");
        public int Name { get; } = csv.IndexOf("name");
        public int Title { get; } = csv.IndexOf("title");
        public int Department { get; } = csv.IndexOf("department");
        public int Function { get; } = csv.IndexOf("function");
        public int ManagerEmail { get; } = csv.IndexOf("manager_email");
        public int Location { get; } = csv.IndexOf("location");
        public int Country { get; } = csv.IndexOf("country");
        public int TimeZone { get; } = csv.IndexOf("time_zone");
        public int Level { get; } = csv.IndexOf("level");
        public int HireDate { get; } = csv.IndexOf("hire_date");
        public int Status { get; } = csv.IndexOf("status");
    }

    sealed class FileIndex
    {
        public Dictionary<string, PersonRow> ByEmployeeId { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, PersonRow> ByEmail { get; } = new(StringComparer.Ordinal);
    }

    sealed class ImportPlan
    {
        public List<PersonRow> Created { get; } = [];
        public List<(Person Person, PersonRow Row)> Updated { get; } = [];
        public List<Person> LeftByAbsence { get; } = [];
        public Dictionary<string, string> UnitFunctions { get; } = new(StringComparer.Ordinal);
        public int Unchanged { get; set; }
        public int MarkedLeft { get; set; }
    }

    /// <summary>The database's people (untracked, attached only when they change), units and locations (tracked; few).</summary>
    sealed class KnownData
    {
        public List<Person> People { get; private init; } = [];
        public Dictionary<string, Person> ByEmployeeId { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Person> ByEmail { get; } = new(StringComparer.Ordinal);
        public Dictionary<int, Person> ById { get; } = [];
        public Dictionary<string, OrgUnit> Units { get; } = new(StringComparer.Ordinal);
        public Dictionary<int, OrgUnit> UnitsById { get; } = [];
        public Dictionary<string, Location> Locations { get; } = new(StringComparer.Ordinal);
        public Dictionary<int, Location> LocationsById { get; } = [];

        public static async Task<KnownData> LoadAsync(MingleDb db, CancellationToken ct)
        {
            var known = new KnownData { People = await db.People.AsNoTracking().ToListAsync(ct) };
            foreach (var p in known.People)
            {
                known.ByEmployeeId[p.EmployeeId] = p;
                known.ByEmail[p.Email] = p;
                known.ById[p.Id] = p;
            }
            foreach (var u in await db.OrgUnits.ToListAsync(ct))
            {
                known.Units[u.Path] = u;
                known.UnitsById[u.Id] = u;
            }
            foreach (var l in await db.Locations.ToListAsync(ct))
            {
                known.Locations[l.Name] = l;
                known.LocationsById[l.Id] = l;
            }
            return known;
        }
    }
}
