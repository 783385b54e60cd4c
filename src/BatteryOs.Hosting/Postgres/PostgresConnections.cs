using System.Net.Sockets;
using Npgsql;

namespace BatteryOs.Hosting.Postgres;

/// <summary>Opens one-off PostgreSQL connections and turns connection failures into one clear line.</summary>
internal static class PostgresConnections
{
    /// <summary>The application name the server shows for connections that do not set their own.</summary>
    public const string DefaultApplicationName = "batteryos";

    /// <summary>Opens an unpooled connection.</summary>
    /// <exception cref="ArgumentException">The connection string is malformed.</exception>
    /// <exception cref="PostgresUnavailableException">The server cannot be reached or refused the login.</exception>
    public static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var endpoint = PostgresEndpoint.Parse(connectionString);
        var builder = PostgresEndpoint.Builder(connectionString);
        // One connection for one job: no pool to keep it open afterwards (and so no multiplexing, which needs one).
        builder.Pooling = false;
        builder.Multiplexing = false;
        builder.ApplicationName ??= DefaultApplicationName;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception ex) when (Describe(ex) is { } reason)
        {
            await connection.DisposeAsync();
            throw new PostgresUnavailableException(endpoint, reason, ex);
        }
    }

    /// <summary>
    /// Why a connection attempt failed, in one line; null for failures that are not about connecting.
    /// </summary>
    public static string? Describe(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } missing =>
            $"{missing.MessageText} (create it first, then run the schema)",
        PostgresException server => server.MessageText,
        NpgsqlException { InnerException: SocketException socket } => Describe(socket),
        NpgsqlException { InnerException: TimeoutException } => "the connection attempt timed out",
        NpgsqlException client => client.Message,
        SocketException socket => Describe(socket),
        _ => null,
    };

    private static string Describe(SocketException socket) => socket.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => "connection refused (is the server running and listening on that port?)",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
        SocketError.TimedOut => "the connection attempt timed out",
        _ => socket.Message,
    };
}
