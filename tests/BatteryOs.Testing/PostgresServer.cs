using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using Xunit;

namespace BatteryOs.Testing;

/// <summary>
/// A throwaway PostgreSQL server for one test collection: a fresh cluster in a temporary folder, listening on
/// a free loopback port, deleted afterwards. The superuser <see cref="Superuser"/> logs in without a password
/// over 127.0.0.1; other roles (see <see cref="CreateRoleAsync"/>) must give theirs.
/// </summary>
public sealed partial class PostgresServer : IAsyncLifetime
{
    /// <summary>The superuser, which needs no password.</summary>
    public const string Superuser = "postgres";

    /// <summary>The address the server listens on.</summary>
    public const string Host = "127.0.0.1";


    private readonly PostgresTool _tool;
    private string? _root;

    /// <summary>Locates the PostgreSQL programs; the server starts in <see cref="InitializeAsync"/>.</summary>
    public PostgresServer()
    {
        BinDirectory = PostgresBinaries.FindDirectory();
        _tool = new PostgresTool(BinDirectory);
    }

    /// <summary>The folder of initdb, pg_ctl and the server.</summary>
    public string BinDirectory { get; }

    /// <summary>The server's TCP port on <see cref="Host"/>.</summary>
    public int Port { get; private set; }

    /// <summary>True between a start and a stop.</summary>
    public bool IsRunning { get; private set; }

    private string Root => _root ?? throw new InvalidOperationException("The server has not been created yet.");

    private string DataDirectory => Path.Combine(Root, "data");

    /// <summary>The server's log, for diagnosing a failed test.</summary>
    public string LogPath => Path.Combine(Root, "server.log");

    /// <summary>A connection string to <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = Superuser,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates the cluster in a new temporary folder and starts it on a free port.</summary>
    public async Task InitializeAsync()
    {
        _root = Directory.CreateTempSubdirectory("batteryos-pg-").FullName;
        await PostgresTool.HandOverAsync(_root);
        await _tool.RunAsync("initdb", ["-D", DataDirectory, "-U", Superuser, "-A", "trust", "-E", "UTF8",
            "--locale=C", "--no-sync"], Root);
        await File.WriteAllTextAsync(Path.Combine(DataDirectory, "pg_hba.conf"), HostBasedAuthentication);

        await LoopbackPorts.StartOnFreePortAsync(port =>
        {
            Port = port;
            return StartAsync();
        }, PortWasTaken);
    }

    /// <summary>Starts the (stopped) server again on the same port; returns once it accepts connections.</summary>
    public async Task StartAsync()
    {
        // pg_ctl -w waits until the server accepts connections, so the caller needs no polling.
        var options = string.Join(' ', "-p", Port.ToString(CultureInfo.InvariantCulture), "-k", Root,
            "-c", $"listen_addresses={Host}", "-c", "max_connections=300");
        await _tool.RunAsync("pg_ctl", ["-D", DataDirectory, "-l", LogPath, "-w", "-t", "60", "-o", options,
            "start"], Root);
        IsRunning = true;
    }

    /// <summary>Stops the server (ending every session); <see cref="StartAsync"/> brings it back.</summary>
    public Task StopAsync() => StopAsync("fast");

    /// <summary>Creates an empty database; returns a superuser connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await ExecuteAsync($"CREATE DATABASE {Identifier(name)}");
        return ConnectionString(name);
    }

    /// <summary>Creates a login role that must authenticate with <paramref name="password"/>.</summary>
    public Task CreateRoleAsync(string name, string password) =>
        ExecuteAsync($"CREATE ROLE {Identifier(name)} LOGIN PASSWORD '{password.Replace("'", "''")}'");

    /// <summary>Runs one statement as the superuser in the <c>postgres</c> database.</summary>
    public async Task ExecuteAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString()) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Stops the server at once and deletes its folder.</summary>
    public async Task DisposeAsync()
    {
        if (_root is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        if (IsRunning)
        {
            await StopAsync("immediate");
        }

        Directory.Delete(_root, recursive: true);
        _root = null;
    }

    private async Task StopAsync(string mode)
    {
        await _tool.RunAsync("pg_ctl", ["-D", DataDirectory, "-m", mode, "-w", "stop"], Root);
        IsRunning = false;
    }

    private bool PortWasTaken() =>
        File.Exists(LogPath) && File.ReadAllText(LogPath).Contains("could not bind", StringComparison.Ordinal);

    private static string Identifier(string name) => PlainName().IsMatch(name)
        ? name
        : throw new ArgumentException($"'{name}' is not a plain lower-case SQL name.", nameof(name));

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex PlainName();

    private const string HostBasedAuthentication = """
        # Written by BatteryOs.Testing.PostgresServer: trust the superuser over the socket and loopback,
        # make every other role log in with its password.
        local all all trust
        host all postgres 127.0.0.1/32 trust
        host all all 127.0.0.1/32 scram-sha-256
        """;
}
