using System.Reflection;

namespace BatteryOs.Hosting.Sqlite;

/// <summary>Creates or updates the grain storage schema of a SQLite database file.</summary>
public static class SqliteSchema
{
    /// <summary>The schema script, as embedded from <c>Schema/sqlite/GrainStorage.sql</c>.</summary>
    internal const string ScriptResourceName = "BatteryOs.Hosting.Schema.sqlite/GrainStorage.sql";

    /// <summary>
    /// Creates <paramref name="databasePath"/> (and its folder) if missing, switches it to write-ahead logging
    /// and applies the grain storage schema and queries. Idempotent: safe to run on every start, also by
    /// several silos at once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The database refuses write-ahead logging.</exception>
    public static void EnsureCreated(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var dataSource = new TunedSqliteDataSource(databasePath);
        using var connection = dataSource.OpenConnection();
        UseWriteAheadLog(connection, databasePath);

        // One immediate transaction: a concurrent start waits (busy timeout) rather than seeing half a schema.
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.CommandText = ReadScript();
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>The text of the embedded schema script.</summary>
    internal static string ReadScript()
    {
        var assembly = typeof(SqliteSchema).Assembly;
        using var stream = assembly.GetManifestResourceStream(FindScriptResource(assembly));
        using var reader = new StreamReader(stream!);
        return reader.ReadToEnd();
    }

    private static void UseWriteAheadLog(TunedSqliteConnection connection, string databasePath)
    {
        // The journal mode is stored in the file, so it sticks for every later connection.
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"SQLite database '{databasePath}' did not switch to WAL journal mode; it reports '{mode}'.");
        }
    }

    private static string FindScriptResource(Assembly assembly)
    {
        // The logical name embeds the folder as MSBuild spells it, which uses '\' when built on Windows.
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (string.Equals(name.Replace('\\', '/'), ScriptResourceName, StringComparison.Ordinal))
            {
                return name;
            }
        }

        throw new InvalidOperationException($"Embedded resource '{ScriptResourceName}' is missing from {assembly}.");
    }
}
