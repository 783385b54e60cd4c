using Npgsql;

namespace BatteryOs.Hosting.Postgres;

/// <summary>
/// Where a PostgreSQL connection string points: host, port and database, and nothing else of it, so it can be
/// shown in messages and logs without ever showing a password.
/// </summary>
/// <param name="Host">The server host (or list of hosts) as given.</param>
/// <param name="Port">The server's TCP port.</param>
/// <param name="Database">The database name; Npgsql's default (the user name) when none is given.</param>
public sealed record PostgresEndpoint(string Host, int Port, string Database)
{
    /// <summary>Reads host, port and database from an Npgsql connection string.</summary>
    /// <exception cref="ArgumentException">The connection string is malformed or names no host.</exception>
    public static PostgresEndpoint Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = Builder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new ArgumentException("The PostgreSQL connection string names no Host.");
        }

        var database = builder.Database ?? builder.Username ?? Environment.UserName;
        return new PostgresEndpoint(builder.Host, builder.Port, database);
    }

    /// <summary>Parses an Npgsql connection string, with a message that never repeats its text.</summary>
    /// <exception cref="ArgumentException">The connection string is malformed.</exception>
    internal static NpgsqlConnectionStringBuilder Builder(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException
            or OverflowException or KeyNotFoundException)
        {
            // The parser's own messages name a keyword or a value, never the whole string with its password.
            throw new ArgumentException($"The PostgreSQL connection string is malformed: {ex.Message}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Host}:{Port}, database '{Database}'";
}
