using BatteryOs.Hosting.Sqlite;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>Schema creation and the tuned connections.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private static readonly string[] QueryKeys =
        ["ClearStorageKey", "DeleteStorageKey", "ReadFromStorageKey", "WriteToStorageKey"];

    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void ScriptIsEmbeddedUnderItsLogicalName()
    {
        var names = typeof(SqliteSchema).Assembly.GetManifestResourceNames();

        Assert.Contains(SqliteSchema.ScriptResourceName, names);
        Assert.Contains("CREATE TABLE IF NOT EXISTS OrleansStorage", SqliteSchema.ReadScript());
    }

    [Fact]
    public void EnsureCreatedTwiceKeepsRowsAndStoresEachQueryOnce()
    {
        SqliteSchema.EnsureCreated(_file.Path);
        using (var dataSource = new TunedSqliteDataSource(_file.Path))
        {
            new StorageQueryRunner(dataSource).Write(new StorageKey(1), null, [42]);
        }

        SqliteSchema.EnsureCreated(_file.Path);

        Assert.Equal(QueryKeys, Strings("SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey"));
        Assert.Equal(["1"], Strings("SELECT Version FROM OrleansStorage"));
    }

    [Fact]
    public void DatabaseUsesWriteAheadLog()
    {
        SqliteSchema.EnsureCreated(_file.Path);

        Assert.Equal(["wal"], Strings("PRAGMA journal_mode"));
    }

    [Fact]
    public void TunedConnectionSetsSynchronousNormalAndBusyTimeout()
    {
        SqliteSchema.EnsureCreated(_file.Path);
        using var dataSource = new TunedSqliteDataSource(_file.Path, busyTimeoutMs: 1234);
        using var connection = dataSource.OpenConnection();

        Assert.Equal(1L, Scalar(connection, "PRAGMA synchronous"));
        Assert.Equal(1234L, Scalar(connection, "PRAGMA busy_timeout"));
    }

    [Fact]
    public void ClosingInsideScriptTransactionRollsBackBeforePooling()
    {
        SqliteSchema.EnsureCreated(_file.Path);
        using var dataSource = new TunedSqliteDataSource(_file.Path);
        using (var connection = dataSource.OpenConnection())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "BEGIN IMMEDIATE; DELETE FROM OrleansQuery;";
            command.ExecuteNonQuery();
            Assert.Equal(0, raw.sqlite3_get_autocommit(connection.Handle));
        }

        using var reused = dataSource.OpenConnection();

        Assert.Equal(1, raw.sqlite3_get_autocommit(reused.Handle));
        Assert.Equal(4L, Scalar(reused, "SELECT COUNT(*) FROM OrleansQuery"));
    }

    private List<string> Strings(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
