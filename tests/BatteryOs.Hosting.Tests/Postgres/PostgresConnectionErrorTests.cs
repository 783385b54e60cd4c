using BatteryOs.Hosting.Postgres;
using BatteryOs.Testing;
using Npgsql;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>
/// A wrong password, port or database gives one line naming the problem and the server (host, port and
/// database), never the password.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConnectionErrorTests(PostgresServer server) : IAsyncLifetime
{
    private const string RightPassword = "right-horse-battery";
    private const string WrongPassword = "wrong-staple-4711";

    private readonly string _role = PostgresTestDatabase.UniqueName("app");
    private readonly string _database = PostgresTestDatabase.UniqueName("connection_errors");

    public async Task InitializeAsync()
    {
        await server.CreateDatabaseAsync(_database);
        await server.CreateRoleAsync(_role, RightPassword);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task WrongPasswordNamesTheUserAndServerButNotThePassword()
    {
        var error = await FailAsync(_database, WrongPassword, server.Port);

        Assert.Equal($"cannot connect to PostgreSQL at 127.0.0.1:{server.Port}, database '{_database}': " +
            $"password authentication failed for user \"{_role}\"", error.Message);
        Assert.DoesNotContain(WrongPassword, error.Message);
        Assert.Equal(new PostgresEndpoint("127.0.0.1", server.Port, _database), error.Endpoint);
    }

    [Fact]
    public async Task WrongPortSaysConnectionRefused()
    {
        var closedPort = LoopbackPorts.Free();

        var error = await FailAsync(_database, RightPassword, closedPort);

        Assert.Equal($"cannot connect to PostgreSQL at 127.0.0.1:{closedPort}, database '{_database}': " +
            "connection refused (is the server running and listening on that port?)", error.Message);
        Assert.DoesNotContain(RightPassword, error.Message);
    }

    [Fact]
    public async Task MissingDatabaseSaysItDoesNotExist()
    {
        var error = await FailAsync("no_such_db", RightPassword, server.Port);

        Assert.Equal($"cannot connect to PostgreSQL at 127.0.0.1:{server.Port}, database 'no_such_db': " +
            "database \"no_such_db\" does not exist (create it first, then run the schema)", error.Message);
        Assert.DoesNotContain(RightPassword, error.Message);
    }

    [Fact]
    public async Task RightPasswordAppliesTheSchemaAsThatRole()
    {
        await server.ExecuteAsync($"ALTER DATABASE {_database} OWNER TO {_role}");

        var lines = await PostgresSchema.ApplyAsync(ConnectionString(_database, RightPassword, server.Port),
            CancellationToken.None);

        Assert.Contains("stored 5 storage queries (5 new)", lines);
    }

    [Fact]
    public async Task MalformedConnectionStringIsAnArgumentErrorWithoutThePassword()
    {
        var malformed = $"Host=127.0.0.1;Password={RightPassword};Port=not-a-port";

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => PostgresSchema.ApplyAsync(malformed, CancellationToken.None));

        Assert.StartsWith("The PostgreSQL connection string is malformed: ", error.Message);
        Assert.DoesNotContain(RightPassword, error.Message);
    }

    private string ConnectionString(string database, string password, int port) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = PostgresServer.Host,
            Port = port,
            Database = database,
            Username = _role,
            Password = password,
            Timeout = 5,
        }.ConnectionString;

    private Task<PostgresUnavailableException> FailAsync(string database, string password, int port) =>
        Assert.ThrowsAsync<PostgresUnavailableException>(() =>
            PostgresSchema.ApplyAsync(ConnectionString(database, password, port), CancellationToken.None));
}
