namespace BatteryOs.Hosting.Postgres;

/// <summary>
/// The database holds an older BatteryOs schema that lacks a query this build needs; <c>batteryos db init</c>
/// brings it up to date (idempotently, keeping all stored state).
/// </summary>
public sealed class PostgresSchemaOutdatedException(string missingQueryKey)
    : Exception($"the database schema predates this build (no '{missingQueryKey}' query): " +
        "run 'batteryos db init --postgres ...' to update it")
{
    /// <summary>The OrleansQuery key that was looked for.</summary>
    public string MissingQueryKey { get; } = missingQueryKey;
}
