using System.Data;
using System.Runtime.CompilerServices;
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
    private static readonly ConditionalWeakTable<sqlite3, object> TunedHandles = new();
    private static readonly object TunedMark = new();
    private readonly string _settings;
    private readonly SemaphoreSlim? _turn;
    private bool _holdsTurn;

    /// <summary>Creates a closed connection.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string.</param>
    /// <param name="busyTimeoutMs">How long a statement waits for another connection's lock, ms.</param>
    /// <param name="turn">Shared by the connections of one data source: only one is open at a time.</param>
    public TunedSqliteConnection(string connectionString, int busyTimeoutMs, SemaphoreSlim? turn = null)
        : base(connectionString)
    {
        _turn = turn;
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

        if (_turn is not null && !_holdsTurn)
        {
            _turn.Wait();
            _holdsTurn = true;
        }

        try
        {
            OpenTuned();
        }
        catch
        {
            ReleaseTurn();
            throw;
        }
    }

    /// <summary>
    /// Waits for this process's turn without blocking a thread, then opens: one open connection at a
    /// time per file means writers queue in memory instead of sleeping in SQLite's busy handler.
    /// </summary>
    public override async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (State == ConnectionState.Open)
        {
            return;
        }

        if (_turn is not null && !_holdsTurn)
        {
            await _turn.WaitAsync(cancellationToken);
            _holdsTurn = true;
        }

        Open();
    }

    private void OpenTuned()
    {
        base.Open();

        // Pragmas stick to the native handle, which the pool keeps across opens: set them once per handle.
        if (TunedHandles.TryGetValue(Handle!, out _))
        {
            return;
        }

        using var command = CreateCommand();
        command.CommandText = _settings;
        command.ExecuteNonQuery();
        TunedHandles.AddOrUpdate(Handle!, TunedMark);
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
        ReleaseTurn();
    }

    private void ReleaseTurn()
    {
        if (_holdsTurn)
        {
            _holdsTurn = false;
            _turn!.Release();
        }
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
