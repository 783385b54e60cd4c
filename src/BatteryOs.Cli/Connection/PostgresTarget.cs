using Npgsql;

namespace BatteryOs.Cli.Connection;

/// <summary>Names a PostgreSQL server without its credentials, for messages and summaries.</summary>
internal static class PostgresTarget
{
    /// <summary><c>postgres://host:port/database</c>, never the user or password.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var parts = new NpgsqlConnectionStringBuilder(connectionString);
            return $"postgres://{parts.Host}:{parts.Port}/{parts.Database}";
        }
        catch (ArgumentException)
        {
            return "postgres (malformed connection string)";
        }
    }
}
