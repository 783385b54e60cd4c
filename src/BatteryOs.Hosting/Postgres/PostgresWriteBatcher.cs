using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace BatteryOs.Hosting.Postgres;

/// <summary>
/// Gathers the grain-state writes a silo makes at the same time into batches, each written by the stored
/// <c>WriteManyToStorageKey</c> query in one statement: one round trip and one commit for up to
/// <see cref="MaxBatchWrites"/> grains instead of one each.
/// </summary>
/// <remarks>
/// Batches form without any timer: a write starts a batch at once while fewer than
/// <see cref="MaxBatchesInFlight"/> are being written; otherwise it waits for the next batch, which takes every
/// write that queued meanwhile. So a lone write costs one round trip, as before, and a burst of checkpoints
/// shares statements. A batch never holds two writes of one grain (twin activations): the second waits for a
/// later batch, where the database settles the race exactly as for two separate writes. A batch that fails
/// (the database unreachable, restarting) fails every write in it with the same exception, and each grain's
/// caller retries as it would after a single failed write.
/// </remarks>
internal sealed partial class PostgresWriteBatcher(NpgsqlDataSource dataSource, string serviceId,
    ILogger<PostgresWriteBatcher> logger)
{
    /// <summary>The stored query a batch runs.</summary>
    public const string QueryKey = "WriteManyToStorageKey";

    /// <summary>Writes one statement carries at most (about 250 KB of typical pack state).</summary>
    public const int MaxBatchWrites = 512;

    /// <summary>
    /// Batches written at once, each on its own pooled connection. Checkpointing 100,000 packs on this 2-core
    /// machine: 11,600-14,900 writes/s with 4, 16,600-18,400 with 2, 17,600-19,400 with 1 (docs/benchmarks.md);
    /// 2 keeps a second batch going while one waits on a row lock or a slow commit.
    /// </summary>
    public const int MaxBatchesInFlight = 2;

    private readonly Lock _gate = new();
    private readonly Queue<PendingWrite> _queued = new();
    private int _flushing;
    private long _batches;
    private long _writes;
    private volatile string? _query;

    /// <summary>Batches written so far, failed ones included.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Writes sent so far, in all batches.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>
    /// Reads the batch query from OrleansQuery, as Orleans' providers read theirs when the silo starts.
    /// </summary>
    /// <exception cref="PostgresSchemaOutdatedException">The schema predates the query.</exception>
    public async Task LoadQueryAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = QueryKey });
        _query = await command.ExecuteScalarAsync(cancellationToken) as string
            ?? throw new PostgresSchemaOutdatedException(QueryKey);
    }

    /// <summary>Queues one write; completes with the new version, or null when the optimistic check failed.</summary>
    public Task<int?> WriteAsync(StoredGrainKey key, int? heldVersion, byte[] payload)
    {
        var write = new PendingWrite(key, heldVersion, payload);
        bool start;
        lock (_gate)
        {
            _queued.Enqueue(write);
            start = _flushing < MaxBatchesInFlight;
            if (start)
            {
                _flushing++;
            }
        }

        if (start)
        {
            // Off the calling grain's scheduler: the loop serves every grain's writes.
            _ = Task.Run(FlushAsync);
        }

        return write.Outcome.Task;
    }

    private async Task FlushAsync()
    {
        while (TakeBatch() is { Count: > 0 } batch)
        {
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _writes, batch.Count);
            try
            {
                var versions = await ExecuteAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Outcome.SetResult(versions[i]);
                }
            }
            catch (Exception ex)
            {
                LogBatchFailed(ex, batch.Count);
                foreach (var write in batch)
                {
                    write.Outcome.SetException(ex);
                }
            }
        }
    }

    // Returns an empty batch, and stops counting this loop as flushing, once nothing is queued.
    private List<PendingWrite> TakeBatch()
    {
        lock (_gate)
        {
            var batch = new List<PendingWrite>(Math.Min(_queued.Count, MaxBatchWrites));
            if (_queued.Count == 0)
            {
                _flushing--;
                return batch;
            }

            var keys = new HashSet<StoredGrainKey>();
            List<PendingWrite>? deferred = null;
            while (batch.Count < MaxBatchWrites && _queued.TryDequeue(out var write))
            {
                if (keys.Add(write.Key))
                {
                    batch.Add(write);
                }
                else
                {
                    (deferred ??= []).Add(write);
                }
            }

            if (deferred is not null)
            {
                // Back to the head of the queue, in their order, ahead of what is still queued.
                var rest = _queued.ToArray();
                _queued.Clear();
                foreach (var write in deferred.Concat(rest))
                {
                    _queued.Enqueue(write);
                }
            }

            return batch;
        }
    }

    /// <summary>
    /// Writes <paramref name="batch"/> in one statement, all or nothing, and returns each write's new version (null
    /// where the optimistic check failed), on a pooled connection or on <paramref name="connection"/>.
    /// </summary>
    internal async Task<int?[]> ExecuteAsync(IReadOnlyList<PendingWrite> batch, NpgsqlConnection? connection = null)
    {
        if (_query is null)
        {
            await LoadQueryAsync(CancellationToken.None);
        }

        var count = batch.Count;
        var idHashes = new int[count];
        var n0 = new long[count];
        var n1 = new long[count];
        var typeHashes = new int[count];
        var typeStrings = new string[count];
        var extensions = new string?[count];
        var held = new int?[count];
        var payloads = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var write = batch[i];
            idHashes[i] = write.Key.GrainIdHash;
            n0[i] = write.Key.GrainIdN0;
            n1[i] = write.Key.GrainIdN1;
            typeHashes[i] = write.Key.GrainTypeHash;
            typeStrings[i] = write.Key.GrainTypeString;
            extensions[i] = write.Key.GrainIdExtensionString;
            held[i] = write.HeldVersion;
            payloads[i] = write.Payload;
        }

        await using var command = connection is null
            ? dataSource.CreateCommand(_query)
            : new NpgsqlCommand(_query, connection);
        var parameters = command.Parameters;
        parameters.Add(Array("GrainIdHash", NpgsqlDbType.Integer, idHashes));
        parameters.Add(Array("GrainIdN0", NpgsqlDbType.Bigint, n0));
        parameters.Add(Array("GrainIdN1", NpgsqlDbType.Bigint, n1));
        parameters.Add(Array("GrainTypeHash", NpgsqlDbType.Integer, typeHashes));
        parameters.Add(Array("GrainTypeString", NpgsqlDbType.Text, typeStrings));
        parameters.Add(Array("GrainIdExtensionString", NpgsqlDbType.Text, extensions));
        parameters.Add(Array("GrainStateVersion", NpgsqlDbType.Integer, held));
        parameters.Add(Array("PayloadBinary", NpgsqlDbType.Bytea, payloads));
        parameters.Add(new NpgsqlParameter("ServiceId", NpgsqlDbType.Text) { Value = serviceId });

        var versions = new int?[count];
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            versions[reader.GetInt32(0) - 1] = reader.GetInt32(1);
        }

        return versions;
    }

    private static NpgsqlParameter Array(string name, NpgsqlDbType elementType, object values) =>
        new(name, NpgsqlDbType.Array | elementType) { Value = values };

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
        Message = "Writing a batch of {Count} grain states to PostgreSQL failed; each grain's caller may retry")]
    private partial void LogBatchFailed(Exception exception, int count);
}
