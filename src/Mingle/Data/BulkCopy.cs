using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Mingle.Data;

/// <summary>
/// Inserts many rows of a mapped entity type fast: one prepared, re-used INSERT per row on SQLite; binary COPY on
/// PostgreSQL. Column names and value converters come from the EF model, so the table stays the one migrations
/// made. The caller owns the transaction (<see cref="DbContext.Database"/>), which keeps an import all-or-nothing.
/// Database-generated keys left at their default are omitted, so the database assigns them.
/// </summary>
public static class BulkCopy
{
    public static async Task<int> InsertAsync<T>(MingleDb db, IEnumerable<T> rows, CancellationToken ct,
        bool includeGeneratedKey = false) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => includeGeneratedKey || !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .Select(p => new Column(p.GetColumnName(store)!, p.PropertyInfo!, p.GetTypeMapping().Converter))
            .ToArray();

        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        return connection is NpgsqlConnection npgsql
            ? await CopyPostgresAsync(npgsql, table, columns, rows, ct)
            : await InsertSqliteAsync(db, connection, table, columns, rows, ct);
    }

    static async Task<int> InsertSqliteAsync<T>(MingleDb db, DbConnection connection, string table, Column[] columns,
        IEnumerable<T> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = new DbParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = $"$p{i}";
            command.Parameters.Add(parameters[i]);
        }
        command.Prepare();
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++) parameters[i].Value = columns[i].Read(row!) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
            count++;
        }
        return count;
    }

    static async Task<int> CopyPostgresAsync<T>(NpgsqlConnection connection, string table, Column[] columns,
        IEnumerable<T> rows, CancellationToken ct)
    {
        var sql = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(sql, ct);
        var count = 0;
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                var value = column.Read(row!);
                switch (value)
                {
                    case null: await writer.WriteNullAsync(ct); break;
                    case DateTime dt: await writer.WriteAsync(dt, NpgsqlTypes.NpgsqlDbType.TimestampTz, ct); break;
                    case DateOnly d: await writer.WriteAsync(d, NpgsqlTypes.NpgsqlDbType.Date, ct); break;
                    case long l: await writer.WriteAsync(l, NpgsqlTypes.NpgsqlDbType.Bigint, ct); break;
                    case int n: await writer.WriteAsync(n, NpgsqlTypes.NpgsqlDbType.Integer, ct); break;
                    case bool b: await writer.WriteAsync(b, NpgsqlTypes.NpgsqlDbType.Boolean, ct); break;
                    case double f: await writer.WriteAsync(f, NpgsqlTypes.NpgsqlDbType.Double, ct); break;
                    case string s: await writer.WriteAsync(s, NpgsqlTypes.NpgsqlDbType.Text, ct); break;
                    default: await writer.WriteAsync(value, ct); break;
                }
            }
            count++;
        }
        await writer.CompleteAsync(ct);
        return count;
    }

    /// <summary>After inserting explicit ids into identity columns, moves PostgreSQL's sequence past them.</summary>
    public static async Task ResetIdentityAsync<T>(MingleDb db, CancellationToken ct) where T : class
    {
        if (!db.IsPostgres) return;
        var table = db.Model.FindEntityType(typeof(T))!.GetTableName()!;
#pragma warning disable EF1002 // table name comes from our own model, not from input
        await db.Database.ExecuteSqlRawAsync(
            $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0) + 1, false)", ct);
#pragma warning restore EF1002
    }

    sealed record Column(string Name, System.Reflection.PropertyInfo Property, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)
    {
        public object? Read(object row)
        {
            var value = Property.GetValue(row);
            return value is null || Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }
}
