using BatteryOs.Hosting.Sqlite;

namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>A fresh database file with the grain storage schema, for query-level tests.</summary>
public sealed class StorageDatabase : IDisposable
{
    private readonly TempDatabase _file = new();

    /// <summary>Creates the file and applies the schema.</summary>
    public StorageDatabase()
    {
        SqliteSchema.EnsureCreated(_file.Path);
        DataSource = new TunedSqliteDataSource(_file.Path);
        Queries = new StorageQueryRunner(DataSource);
    }

    /// <summary>Path of the database file.</summary>
    public string Path => _file.Path;

    /// <summary>Tuned connections to the file.</summary>
    public TunedSqliteDataSource DataSource { get; }

    /// <summary>Runs the stored queries against the file.</summary>
    public StorageQueryRunner Queries { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        DataSource.Dispose();
        _file.Dispose();
    }
}
