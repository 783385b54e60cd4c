using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BatteryOs.Hosting.Sqlite;

/// <summary>
/// A data source over one SQLite file whose connections come tuned for many small concurrent writes
/// (see <see cref="TunedSqliteConnection"/>). Microsoft.Data.Sqlite pools the underlying handles.
/// </summary>
public sealed class TunedSqliteDataSource : DbDataSource
{
    /// <summary>Default wait for another connection's lock, ms: well under Orleans' 30 s call timeout.</summary>
    public const int DefaultBusyTimeoutMs = 5000;

    /// <summary>Creates a data source over <paramref name="databasePath"/> (made on first open if missing).</summary>
    /// <param name="databasePath">Path of the SQLite database file.</param>
    /// <param name="busyTimeoutMs">How long a statement waits for another connection's lock, ms.</param>
    public TunedSqliteDataSource(string databasePath, int busyTimeoutMs = DefaultBusyTimeoutMs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentOutOfRangeException.ThrowIfNegative(busyTimeoutMs);
        BusyTimeoutMs = busyTimeoutMs;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    /// <inheritdoc />
    public override string ConnectionString { get; }

    /// <summary>
    /// One connection of this data source is open at a time. SQLite writes one transaction at a time
    /// anyway; queueing here costs nothing, while contending in SQLite's busy handler sleeps for
    /// milliseconds at a time.
    /// </summary>
    private SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>How long a statement waits for another connection's lock, ms.</summary>
    public int BusyTimeoutMs { get; }

    /// <summary>Creates a closed tuned connection.</summary>
    public new TunedSqliteConnection CreateConnection() => new(ConnectionString, BusyTimeoutMs, Turn);

    /// <summary>Creates and opens a tuned connection.</summary>
    public new TunedSqliteConnection OpenConnection()
    {
        var connection = CreateConnection();
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    protected override DbConnection CreateDbConnection() => CreateConnection();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ClosePooledConnections();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore()
    {
        ClosePooledConnections();
        return base.DisposeAsyncCore();
    }

    // Closes the idle pooled handles so the file is no longer held open once the silo has stopped.
    private void ClosePooledConnections()
    {
        using var connection = CreateConnection();
        SqliteConnection.ClearPool(connection);
    }
}
