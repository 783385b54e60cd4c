namespace BatteryOs.Hosting.Postgres;

/// <summary>
/// PostgreSQL could not be reached or refused the connection: a wrong host or port, a server that is down,
/// bad credentials or a missing database. The message names the server by host, port and database only.
/// </summary>
public sealed class PostgresUnavailableException : Exception
{
    /// <summary>Creates the exception for <paramref name="endpoint"/> with the server's or network's reason.</summary>
    public PostgresUnavailableException(PostgresEndpoint endpoint, string reason, Exception? innerException = null)
        : base($"cannot connect to PostgreSQL at {endpoint}: {reason}", innerException)
    {
        Endpoint = endpoint;
        Reason = reason;
    }

    /// <summary>The server the connection was for.</summary>
    public PostgresEndpoint Endpoint { get; }

    /// <summary>Why the connection failed, in one line.</summary>
    public string Reason { get; }
}
