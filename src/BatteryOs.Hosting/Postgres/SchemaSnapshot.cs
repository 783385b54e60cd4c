using Npgsql;

namespace BatteryOs.Hosting.Postgres;

/// <summary>The tables and functions of the current schema and the stored Orleans queries, at one moment.</summary>
internal sealed class SchemaSnapshot
{
    private SchemaSnapshot(HashSet<string> tables, Dictionary<string, string> queries,
        Dictionary<string, string> functions)
    {
        Tables = tables;
        Queries = queries;
        Functions = functions;
    }

    /// <summary>Names of the tables in the connection's current schema.</summary>
    public IReadOnlySet<string> Tables { get; }

    /// <summary>Query text by key, from OrleansQuery (empty before that table exists).</summary>
    public IReadOnlyDictionary<string, string> Queries { get; }

    /// <summary>The functions in the current schema, by name, with their bodies.</summary>
    public IReadOnlyDictionary<string, string> Functions { get; }

    /// <summary>Reads the snapshot inside the connection's current transaction.</summary>
    public static async Task<SchemaSnapshot> TakeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var tables = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (tables.Contains("orleansquery"))
        {
            await using var command = new NpgsqlCommand("SELECT QueryKey, QueryText FROM OrleansQuery", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                queries[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var functions = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            "SELECT proname, prosrc FROM pg_proc WHERE pronamespace = current_schema()::regnamespace", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                functions[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return new SchemaSnapshot(tables, queries, functions);
    }

    /// <summary>
    /// Says what <paramref name="script"/> changed between this snapshot and <paramref name="after"/>: one line per
    /// table it declares, one per function ("created", "already present" or "updated"), then one for its queries.
    /// </summary>
    public IEnumerable<string> Describe(PostgresSchemaScript script, SchemaSnapshot after)
    {
        foreach (var table in script.Tables)
        {
            yield return Tables.Contains(table) ? $"table {table} already present" : $"created table {table}";
        }

        foreach (var function in script.Functions)
        {
            yield return !Functions.TryGetValue(function, out var body) ? $"created function {function}"
                : body == after.Functions.GetValueOrDefault(function) ? $"function {function} already present"
                : $"updated function {function}";
        }

        if (script.QueryKeys.Count == 0)
        {
            yield break;
        }

        var added = script.QueryKeys.Count(key => !Queries.ContainsKey(key));
        var updated = script.QueryKeys.Count(key =>
            Queries.TryGetValue(key, out var text) && text != after.Queries.GetValueOrDefault(key));
        var unchanged = script.QueryKeys.Count - added - updated;
        var parts = new[] { (added, "new"), (updated, "updated"), (unchanged, "unchanged") }
            .Where(p => p.Item1 > 0)
            .Select(p => $"{p.Item1} {p.Item2}");
        yield return $"stored {script.QueryKeys.Count} {script.Area} queries ({string.Join(", ", parts)})";
    }
}
