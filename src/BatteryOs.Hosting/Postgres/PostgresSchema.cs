using Npgsql;

namespace BatteryOs.Hosting.Postgres;

/// <summary>
/// Creates or updates the BatteryOs schema of a PostgreSQL database: the Orleans query table, grain storage,
/// cluster membership and reminders (the scripts in <c>Schema/postgres</c>).
/// </summary>
public static class PostgresSchema
{
    /// <summary>The oldest server the scripts run on: grain storage needs NULLS NOT DISTINCT.</summary>
    public static readonly Version MinimumServerVersion = new(15, 0);

    // Any fixed number: concurrent runs (several silos' init jobs) queue on it instead of racing CREATE TABLE.
    private const long SchemaLockKey = 0x4261_7474_6572_794F;

    /// <summary>
    /// Applies every schema script in one transaction and says what it did, one line per table ("created table
    /// orleansstorage", "table orleansquery already present"), per function ("created function batteryoswritemany")
    /// and per group of queries ("stored 9 clustering
    /// queries (9 new)"). Idempotent: a second run keeps every row and reports everything as present.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string to an existing database.</param>
    /// <param name="cancellationToken">Cancels the run; nothing is committed then.</param>
    /// <exception cref="ArgumentException">The connection string is malformed.</exception>
    /// <exception cref="PostgresUnavailableException">
    /// The server cannot be reached, refused the login or has no such database. The message names host, port
    /// and database only.
    /// </exception>
    /// <exception cref="InvalidOperationException">The server is too old or refused a statement.</exception>
    public static async Task<IReadOnlyList<string>> ApplyAsync(string connectionString,
        CancellationToken cancellationToken)
    {
        var endpoint = PostgresEndpoint.Parse(connectionString);
        await using var connection = await PostgresConnections.OpenAsync(connectionString, cancellationToken);
        if (connection.PostgreSqlVersion < MinimumServerVersion)
        {
            throw new InvalidOperationException(
                $"PostgreSQL at {endpoint} is version {connection.PostgreSqlVersion}; BatteryOs needs " +
                $"{MinimumServerVersion.Major} or later.");
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({SchemaLockKey})", cancellationToken);
        var lines = new List<string>();
        foreach (var script in PostgresSchemaScript.All)
        {
            var before = await SchemaSnapshot.TakeAsync(connection, cancellationToken);
            try
            {
                await ExecuteAsync(connection, script.Text, cancellationToken);
            }
            catch (PostgresException ex)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL at {endpoint} refused the {script.Area} schema: {ex.MessageText}", ex);
            }

            var after = await SchemaSnapshot.TakeAsync(connection, cancellationToken);
            lines.AddRange(before.Describe(script, after));
        }

        await transaction.CommitAsync(cancellationToken);
        return lines;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken token)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(token);
    }
}
