using System.Net.Sockets;
using BatteryOs.Hosting.Ingestion.Mqtt;
using BatteryOs.Hosting.Postgres;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BatteryOs.Cli.Connection;

/// <summary>
/// Turns the exceptions a PostgreSQL-backed start-up throws into one line that names the problem and
/// the server (host, port, database: never the credentials).
/// </summary>
internal static class StartupErrors
{
    /// <summary>Runs <paramref name="start"/>, explaining a failure as a <see cref="StartupException"/>.</summary>
    public static async Task<T> Explain<T>(string connectionString, Func<Task<T>> start)
    {
        try
        {
            return await start();
        }
        catch (Exception ex) when (Describe(ex, connectionString) is { } problem)
        {
            throw new StartupException(problem);
        }
    }

    /// <summary>A one-line description of a start-up failure, or null when it is not a database problem.</summary>
    public static string? Describe(Exception error, string connectionString)
    {
        var target = PostgresTarget.Describe(connectionString);
        foreach (var ex in Chain(error))
        {
            switch (ex)
            {
                case MqttUnavailableException mqtt:
                    return mqtt.Message;
                case PostgresSchemaOutdatedException outdated:
                    return $"the database at {target} is not up to date: {outdated.Message}";
                case OptionsValidationException options:
                    return $"invalid configuration: {string.Join("; ", options.Failures)}";
                case PostgresException { SqlState: PostgresErrorCodes.UndefinedTable }:
                    return $"the database at {target} is not initialised: run 'batteryos db init --postgres ...'";
                case PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName }:
                    return $"the database at {target} does not exist";
                case PostgresException { SqlState: PostgresErrorCodes.InvalidPassword }:
                case PostgresException { SqlState: PostgresErrorCodes.InvalidAuthorizationSpecification }:
                    return $"PostgreSQL at {target} refused the credentials";
                case PostgresException postgres:
                    return $"PostgreSQL at {target} failed: {postgres.MessageText} ({postgres.SqlState})";
                case SocketException socket:
                    return $"cannot reach PostgreSQL at {target}: {socket.Message}";
                case NpgsqlException npgsql when npgsql.InnerException is null:
                    return $"cannot use PostgreSQL at {target}: {npgsql.Message}";
                case ArgumentException
                    when ex.Message.Contains("connection string", StringComparison.OrdinalIgnoreCase):
                    return $"the PostgreSQL connection string is malformed: {ex.Message}";
            }
        }

        return null;
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        var pending = new Stack<Exception>([error]);
        while (pending.TryPop(out var ex))
        {
            yield return ex;
            if (ex is AggregateException aggregate)
            {
                aggregate.InnerExceptions.ToList().ForEach(pending.Push);
            }
            else if (ex.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
