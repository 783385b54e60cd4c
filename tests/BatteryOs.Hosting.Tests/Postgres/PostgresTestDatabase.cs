using BatteryOs.Hosting.Postgres;
using BatteryOs.Testing;
using Npgsql;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>A database of its own for one test on the shared server, with the BatteryOs schema applied.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private static int _created;

    private PostgresTestDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
        Queries = new PostgresStorageQueries(DataSource);
    }

    /// <summary>Superuser connection string to the database.</summary>
    public string ConnectionString { get; }

    /// <summary>Pooled connections to the database.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Runs the stored grain storage queries.</summary>
    public PostgresStorageQueries Queries { get; }

    /// <summary>
    /// Creates a database named <paramref name="prefix"/> and a number on <paramref name="server"/> and applies
    /// the schema. xunit makes a new test class instance per test, so each test gets a database of its own.
    /// </summary>
    public static async Task<PostgresTestDatabase> CreateAsync(PostgresServer server, string prefix)
    {
        var connectionString = await server.CreateDatabaseAsync(UniqueName(prefix));
        await PostgresSchema.ApplyAsync(connectionString, CancellationToken.None);
        return new PostgresTestDatabase(connectionString);
    }

    /// <summary><paramref name="prefix"/> and a number no other name of this test run has.</summary>
    public static string UniqueName(string prefix) => $"{prefix}_{Interlocked.Increment(ref _created)}";

    /// <summary>Runs a query and returns its first column as text, one entry per row.</summary>
    public async Task<List<string>> StringsAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
