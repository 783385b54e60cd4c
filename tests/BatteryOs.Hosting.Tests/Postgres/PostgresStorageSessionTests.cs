using BatteryOs.Hosting.Postgres;
using BatteryOs.Testing;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>
/// Grain-state connections skip Npgsql's reset between uses: their session options must hold on every reuse, and
/// the queries prepared on a connection must keep working on it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageSessionTests(PostgresServer server) : IAsyncLifetime
{
    private PostgresTestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await PostgresTestDatabase.CreateAsync(server, "storage_session");

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_reused_connection_keeps_its_session_options_and_prepared_queries()
    {
        await using var dataSource = PostgresDataSources.ForStorage(_db.ConnectionString + ";Maximum Pool Size=1");
        var backends = new HashSet<string>();
        for (var use = 0; use < 5; use++)
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT current_setting('synchronous_commit') || ' ' || pg_backend_pid() || ' ' || " +
                "(SELECT count(*) FROM pg_prepared_statements)";
            var parts = ((string)(await command.ExecuteScalarAsync())!).Split(' ');

            Assert.Equal("off", parts[0]);
            backends.Add(parts[1]);
            // The statement is auto-prepared from its second use on and stays prepared: nothing reset it.
            Assert.Equal(use < 1 ? 0 : 1, int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Single(backends);
    }
}
