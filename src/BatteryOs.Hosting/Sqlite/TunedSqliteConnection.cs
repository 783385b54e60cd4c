using System.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BatteryOs.Hosting.Sqlite;

/// <summary>
/// A SQLite connection that applies the per-connection settings grain storage relies on each time it is
/// opened, and never returns a connection with an unfinished transaction to the pool.
/// </summary>
/// <remarks>
/// <c>synchronous=NORMAL</c> is durable against application crashes in WAL mode (a power loss may lose the
/// last commits, never corrupt the file). <c>busy_timeout</c> lets SQLite itself wait for a competing writer;
/// without it Microsoft.Data.Sqlite retries a busy statement after fixed 150 ms sleeps, which throttles
/// concurrent grain writes to a few hundred a second.
/// </remarks>
public sealed class TunedSqliteConnection : SqliteConnection
{
    private readonly string _settings;

    /// <summary>Creates a closed connection.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string.</param>
    /// <param name="busyTimeoutMs">How long a statement waits for another connection's lock, ms.</param>
    public TunedSqliteConnection(string connectionString, int busyTimeoutMs)
        : base(connectionString)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(busyTimeoutMs);
        BusyTimeoutMs = busyTimeoutMs;
        _settings = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={busyTimeoutMs};";
    }

    /// <summary>How long a statement waits for another connection's lock, ms.</summary>
    public int BusyTimeoutMs { get; }

    /// <inheritdoc />
    /// <remarks><see cref="System.Data.Common.DbConnection.OpenAsync()"/> runs this method too.</remarks>
    public override void Open()
    {
        if (State == ConnectionState.Open)
        {
            return;
        }

        base.Open();
        using var command = CreateCommand();
        command.CommandText = _settings;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public override void Close()
    {
        // A query script that stopped between its BEGIN and COMMIT leaves its transaction open, and the pool
        // would hand that connection, still holding the write lock, to the next caller.
        if (State == ConnectionState.Open && Transaction is null && raw.sqlite3_get_autocommit(Handle) == 0)
        {
            RollBackOrDropFromPool();
        }

        base.Close();
    }

    private void RollBackOrDropFromPool()
    {
        try
        {
            using var command = CreateCommand();
            command.CommandText = "ROLLBACK;";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // Connections open at a pool clear are closed for good instead of being pooled again.
            ClearPool(this);
        }
    }
}
