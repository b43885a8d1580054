using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Mingle.Auth;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Network;
using Mingle.People;

namespace Mingle.Demo;

/// <summary>
/// Writes a <see cref="DemoOrganisation"/> into an empty database in one transaction, with explicit ids (person
/// index + 1) so references need no lookups, through <see cref="BulkCopy"/>. Refuses when people exist unless
/// forced; forcing (or finding structure or catalogue rows without people) deletes people, their profiles and
/// interactions, org units, locations, skills and interests first, in the same transaction.
/// </summary>
public sealed class DemoSeeder(MingleDb db, TimeProvider clock)
{
    const int ProgressEvery = 20_000;

    /// <summary>True when there is nobody yet: the web app seeds a demo organisation on first start.</summary>
    public static async Task<bool> ShouldSeedAsync(MingleDb db, CancellationToken ct) => !await db.People.AnyAsync(ct);

    /// <summary>For the web app's first start: seeds when nobody is there yet, else does nothing and returns null.</summary>
    public async Task<DemoSeedResult?> SeedIfEmptyAsync(DemoOptions options, IProgress<DemoProgress>? progress, CancellationToken ct) =>
        await ShouldSeedAsync(db, ct) ? await SeedAsync(options with { Force = false }, progress, ct) : null;

    public async Task<DemoSeedResult> SeedAsync(DemoOptions options, IProgress<DemoProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.People is < DemoOptions.MinPeople or > DemoOptions.MaxPeople)
            throw new ValidationException("people", $"--people must be between {DemoOptions.MinPeople} and {DemoOptions.MaxPeople}.");
        if (options.Weeks is < 1 or > DemoOptions.MaxWeeks)
            throw new ValidationException("weeks", $"--weeks must be between 1 and {DemoOptions.MaxWeeks}.");
        if (!options.Force && !await ShouldSeedAsync(db, ct))
            throw new ValidationException("people", "The database already has people; seed-demo only fills an empty database (use --force to replace them).");

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        progress?.Report(new DemoProgress("generate", 0, 1));
        var org = DemoOrganisation.Generate(options.People, options.Seed, options.Weeks, today);
        progress?.Report(new DemoProgress("generate", 1, 1));
        return await WriteAsync(org, options.Force, progress, ct);
    }

    public async Task<DemoSeedResult> WriteAsync(DemoOrganisation org, bool force, IProgress<DemoProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(org);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await ShouldSeedAsync(db, ct) && !force)
                throw new ValidationException("people", "The database already has people; use --force to replace them.");
            await ClearAsync(ct);
            if (!db.IsPostgres)
            {
                // A big page cache keeps the interaction indexes in memory while five million rows go in.
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -524288;", ct);
            }

            var locations = await InsertAsync("locations", org.Locations.Count, Locations(org), ct, explicitIds: true);
            var units = await InsertAsync("org units", org.Units.Count, Units(org), ct, explicitIds: true);
            var deferred = await DropSqliteIndexesAsync<Person>(ct);
            var people = await InsertAsync("people", org.PeopleCount, People(org, now), ct, explicitIds: true);
            var skills = await InsertAsync("skills", org.Skills.Count, Skills(org), ct, explicitIds: true);
            var aliases = await InsertAsync("skill aliases", org.Skills.Sum(s => s.Aliases.Length), Aliases(org), ct);
            var interests = await InsertAsync("interests", org.Interests.Count, Interests(org), ct, explicitIds: true);
            deferred.AddRange(await DropSqliteIndexesAsync<PersonSkill>(ct));
            var personSkills = await InsertAsync("profile skills", org.PersonSkills.Length, PersonSkills(org), ct);
            var personInterests = await InsertAsync("profile interests", org.PersonInterests.Length, PersonInterests(org), ct);
            var offers = await InsertAsync("offers", org.Offers.Length, Offers(org), ct);
            var asks = await InsertAsync("asks", org.Asks.Length, Asks(org), ct);
            var roles = await InsertAsync("roles", org.Roles.Length, Roles(org, now), ct);
            deferred.AddRange(await DropSqliteIndexesAsync<Interaction>(ct));
            var interactions = await InsertAsync("interactions", org.Interactions.Length, Interactions(org), ct);
            progress?.Report(new DemoProgress("personal networks", 0, 1));
            var personal = DemoPersonalNetworks.Generate(org);
            deferred.AddRange(await DropSqliteIndexesAsync<NetworkEntry>(ct));
            var entries = await InsertAsync("network entries", personal.Entries.Length, NetworkEntries(org, personal), ct);
            var logged = await InsertAsync("logged interactions", personal.Logged.Length, Logged(personal), ct);
            for (var i = 0; i < deferred.Count; i++)
            {
                progress?.Report(new DemoProgress("indexes", i, deferred.Count));
                await ExecuteAsync(deferred[i], ct);
            }
            progress?.Report(new DemoProgress("indexes", deferred.Count, deferred.Count));
            await Introductions.DemoIntroductions.SeedAsync(db, org, now, ct);
            await Endorsements.DemoEndorsements.SeedAsync(db, org, personal, now, ct);

            await BulkCopy.ResetIdentityAsync<Location>(db, ct);
            await BulkCopy.ResetIdentityAsync<OrgUnit>(db, ct);
            await BulkCopy.ResetIdentityAsync<Person>(db, ct);
            await BulkCopy.ResetIdentityAsync<Skill>(db, ct);
            await BulkCopy.ResetIdentityAsync<Interest>(db, ct);
            progress?.Report(new DemoProgress("programmes", 0, 1));
            await Programmes.DemoProgrammes.SeedAsync(db, org, now, ct);
            await global::Mingle.Kudos.DemoKudos.SeedAsync(db, org, now, ct);
            await Mentoring.DemoMentoring.SeedAsync(db, org, now, ct);
            await Onboarding.DemoBuddies.SeedAsync(db, org, now, ct);
            await Sponsorship.DemoSponsorship.SeedAsync(db, org, now, ct);
            await Surveys.DemoSurveys.SeedAsync(db, org, now, ct);
            progress?.Report(new DemoProgress("programmes", 1, 1));
            progress?.Report(new DemoProgress("commit", 0, 1));
            await transaction.CommitAsync(ct);
            progress?.Report(new DemoProgress("commit", 1, 1));
            return new DemoSeedResult(locations, units, people, skills, aliases, interests, personSkills, personInterests,
                offers, asks, roles, interactions)
            { NetworkEntries = entries, LoggedInteractions = logged };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        async Task<int> InsertAsync<T>(string stage, long total, IEnumerable<T> rows, CancellationToken token,
            bool explicitIds = false) where T : class
        {
            progress?.Report(new DemoProgress(stage, 0, total));
            return await BulkCopy.InsertAsync(db, Reporting(stage, total, rows), token, includeGeneratedKey: explicitIds);
        }

        IEnumerable<T> Reporting<T>(string stage, long total, IEnumerable<T> rows)
        {
            long done = 0;
            foreach (var row in rows)
            {
                yield return row;
                if (++done % ProgressEvery == 0) progress?.Report(new DemoProgress(stage, done, total));
            }
            progress?.Report(new DemoProgress(stage, done, total));
        }
    }

    /// <summary>
    /// SQLite inserts millions of rows far faster into a table without secondary indexes and then builds each index
    /// in one sorted pass, so the big tables' indexes are dropped here and re-created from their own stored DDL
    /// (identical to what migrations made) before commit. PostgreSQL's COPY is fast enough as it is.
    /// </summary>
    async Task<List<string>> DropSqliteIndexesAsync<T>(CancellationToken ct)
    {
        var definitions = new List<string>();
        if (db.IsPostgres) return definitions;
        var table = db.Model.FindEntityType(typeof(T))!.GetTableName()!;
        var names = new List<string>();
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$table";
            parameter.Value = table;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                names.Add(reader.GetString(0));
                definitions.Add(reader.GetString(1));
            }
        }
        foreach (var name in names) await ExecuteAsync($"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", ct);
        return definitions;
    }

    async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
#pragma warning disable CA2100 // DDL read back from the database's own catalogue, not user input
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Children before parents, so foreign keys (some RESTRICT) never get in the way.</summary>
    async Task ClearAsync(CancellationToken ct)
    {
        await db.Programmes.ExecuteDeleteAsync(ct); // rounds, matches and memberships cascade
        await db.Interactions.ExecuteDeleteAsync(ct);
        await db.NetworkEntries.ExecuteDeleteAsync(ct);
        await db.RoleGrants.ExecuteDeleteAsync(ct);
        await db.ApiTokens.ExecuteDeleteAsync(ct);
        await db.PersonSkills.ExecuteDeleteAsync(ct);
        await db.PersonInterests.ExecuteDeleteAsync(ct);
        await db.Offers.ExecuteDeleteAsync(ct);
        await db.Asks.ExecuteDeleteAsync(ct);
        await db.People.Where(p => p.ManagerId != null).ExecuteUpdateAsync(s => s.SetProperty(p => p.ManagerId, (int?)null), ct);
        await db.People.ExecuteDeleteAsync(ct);
        await db.SkillAliases.ExecuteDeleteAsync(ct);
        await db.Skills.ExecuteDeleteAsync(ct);
        await db.Interests.ExecuteDeleteAsync(ct);
        var depth = await db.OrgUnits.MaxAsync(u => (int?)u.Depth, ct) ?? -1;
        for (; depth >= 0; depth--)
        {
            var d = depth;
            await db.OrgUnits.Where(u => u.Depth == d).ExecuteDeleteAsync(ct);
        }
        await db.Locations.ExecuteDeleteAsync(ct);
    }

    static IEnumerable<Location> Locations(DemoOrganisation org)
    {
        for (var i = 0; i < org.Locations.Count; i++)
        {
            var l = org.Locations[i];
            yield return new Location { Id = i + 1, Name = l.Name, City = l.City, Country = l.Country, Region = l.Region, TimeZone = l.TimeZone };
        }
    }

    static IEnumerable<OrgUnit> Units(DemoOrganisation org)
    {
        for (var i = 0; i < org.Units.Count; i++)
        {
            var u = org.Units[i];
            yield return new OrgUnit
            {
                Id = i + 1,
                Name = u.Name,
                Path = u.Path,
                ParentId = u.Parent >= 0 ? u.Parent + 1 : null,
                Depth = u.Depth,
                Function = u.Function,
            };
        }
    }

    static IEnumerable<Person> People(DemoOrganisation org, DateTime now)
    {
        for (var p = 0; p < org.PeopleCount; p++)
        {
            yield return new Person
            {
                Id = p + 1,
                EmployeeId = DemoOrganisation.EmployeeId(p),
                Email = org.Emails[p],
                Name = org.Names[p],
                Title = org.Titles[p],
                OrgUnitId = org.UnitOf[p] + 1,
                ManagerId = org.ManagerOf[p] >= 0 ? org.ManagerOf[p] + 1 : null,
                LocationId = org.LocationOf[p] + 1,
                Level = org.Levels[p],
                HireDate = org.HireDates[p],
                TimeZone = org.Locations[org.LocationOf[p]].TimeZone,
                Languages = org.Languages[p],
                Bio = org.Bios[p],
                Status = PersonStatus.Active,
                CreatedAt = now,
                UpdatedAt = now,
            };
        }
    }

    static IEnumerable<Skill> Skills(DemoOrganisation org)
    {
        for (var i = 0; i < org.Skills.Count; i++)
        {
            var s = org.Skills[i];
            yield return new Skill { Id = i + 1, Name = s.Name, NormalizedName = Skill.Normalize(s.Name), Category = s.Category };
        }
    }

    static IEnumerable<SkillAlias> Aliases(DemoOrganisation org)
    {
        for (var i = 0; i < org.Skills.Count; i++)
            foreach (var alias in org.Skills[i].Aliases) yield return new SkillAlias { SkillId = i + 1, Alias = alias };
    }

    static IEnumerable<Interest> Interests(DemoOrganisation org)
    {
        for (var i = 0; i < org.Interests.Count; i++)
            yield return new Interest { Id = i + 1, Name = org.Interests[i], NormalizedName = org.Interests[i].ToLowerInvariant() };
    }

    static IEnumerable<PersonSkill> PersonSkills(DemoOrganisation org)
    {
        foreach (var s in org.PersonSkills)
            yield return new PersonSkill { PersonId = s.Person + 1, SkillId = s.Skill + 1, Level = s.Level, CanTeach = s.CanTeach, WantsToLearn = s.WantsToLearn };
    }

    static IEnumerable<PersonInterest> PersonInterests(DemoOrganisation org)
    {
        foreach (var i in org.PersonInterests) yield return new PersonInterest { PersonId = i.Person + 1, InterestId = i.Interest + 1 };
    }

    static IEnumerable<Offer> Offers(DemoOrganisation org)
    {
        foreach (var o in org.Offers)
            yield return new Offer { PersonId = o.Person + 1, Text = o.Text, SkillId = o.Skill >= 0 ? o.Skill + 1 : null };
    }

    static IEnumerable<Ask> Asks(DemoOrganisation org)
    {
        foreach (var a in org.Asks)
            yield return new Ask { PersonId = a.Person + 1, Text = a.Text, SkillId = a.Skill >= 0 ? a.Skill + 1 : null, IsOpen = a.IsOpen };
    }

    static IEnumerable<RoleGrant> Roles(DemoOrganisation org, DateTime now)
    {
        foreach (var r in org.Roles) yield return new RoleGrant { PersonId = r.Person + 1, Role = r.Role, GrantedAt = now };
    }

    static IEnumerable<Interaction> Interactions(DemoOrganisation org)
    {
        var start = org.WindowStart;
        foreach (var i in org.Interactions)
        {
            yield return new Interaction
            {
                FromPersonId = i.From + 1,
                ToPersonId = i.To + 1,
                Type = i.Type,
                Direction = Interaction.DefaultDirection(i.Type),
                OccurredAt = start.AddMinutes(i.Minute),
                Count = i.Count,
                Source = InteractionSource.Import,
            };
        }
    }

    static IEnumerable<NetworkEntry> NetworkEntries(DemoOrganisation org, DemoPersonalNetwork personal)
    {
        foreach (var e in personal.Entries)
        {
            var added = DateOnly.FromDayNumber(e.AddedDay).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
            yield return new NetworkEntry
            {
                OwnerId = e.Owner + 1,
                PersonId = e.Person + 1,
                Kind = e.Kind,
                HowWeMet = DemoPersonalNetworks.HowWeMet[e.How],
                WhereWeMet = DemoPersonalNetworks.WhereWeMet(org, e.Where),
                MetOn = e.MetDay > 0 ? DateOnly.FromDayNumber(e.MetDay) : null,
                Tags = DemoPersonalNetworks.Tags[e.Tags],
                Notes = DemoPersonalNetworks.Notes[e.Notes],
                CadenceDays = e.CadenceDays > 0 ? e.CadenceDays : null,
                CreatedAt = added,
                UpdatedAt = added,
            };
        }
    }

    /// <summary>Logged by one person in their own tracker: <see cref="InteractionSource.Logged"/> with LoggedById, so private to them.</summary>
    static IEnumerable<Interaction> Logged(DemoPersonalNetwork personal)
    {
        foreach (var i in personal.Logged)
        {
            yield return new Interaction
            {
                FromPersonId = i.From + 1,
                ToPersonId = i.To + 1,
                Type = i.Type,
                Direction = i.Type == InteractionType.Advice ? InteractionDirection.FromTo : Interaction.DefaultDirection(i.Type),
                OccurredAt = DateOnly.FromDayNumber(i.Day).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                Count = 1,
                Source = InteractionSource.Logged,
                LoggedById = i.LoggedBy + 1,
                Note = DemoPersonalNetworks.LoggedNotes[i.Note],
            };
        }
    }
}
