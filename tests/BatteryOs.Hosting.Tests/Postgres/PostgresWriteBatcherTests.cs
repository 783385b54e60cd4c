using BatteryOs.Hosting.Postgres;
using BatteryOs.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>
/// The batched write query and the writer that gathers concurrent writes into it, on a real PostgreSQL, checked
/// against the scalar queries Orleans' provider runs on the same rows.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWriteBatcherTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly byte[] PayloadA = [1, 2, 3];
    private static readonly byte[] PayloadB = [4, 5, 6, 7];

    private PostgresTestDatabase _db = null!;
    private PostgresWriteBatcher _writer = null!;

    public async Task InitializeAsync()
    {
        _db = await PostgresTestDatabase.CreateAsync(server, "write_batches");
        _writer = Writer(_db.DataSource);
        await _writer.LoadQueryAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task OneStatementSettlesEachWriteOnItsOwn()
    {
        var updated = new PostgresStorageKey(1);
        var stale = new PostgresStorageKey(2);
        var taken = new PostgresStorageKey(3);
        await _db.Queries.WriteAsync(updated, null, PayloadA);
        await _db.Queries.WriteAsync(stale, null, PayloadA);
        await _db.Queries.WriteAsync(stale, 1, PayloadA);
        await _db.Queries.WriteAsync(taken, null, PayloadA);

        var versions = await _writer.ExecuteAsync(
        [
            Write(updated, 1, PayloadB),
            Write(stale, 1, PayloadB),
            Write(new PostgresStorageKey(4), null, PayloadB),
            Write(taken, null, PayloadB),
            Write(new PostgresStorageKey(5), 3, PayloadB),
            Write(new PostgresStorageKey(4, "left"), null, PayloadA),
        ]);

        Assert.Equal([2, null, 1, null, null, 1], versions);
        AssertRow(PayloadB, 2, await _db.Queries.ReadAsync(updated));
        AssertRow(PayloadA, 2, await _db.Queries.ReadAsync(stale));
        AssertRow(PayloadB, 1, await _db.Queries.ReadAsync(new PostgresStorageKey(4)));
        AssertRow(PayloadA, 1, await _db.Queries.ReadAsync(taken));
        Assert.Null(await _db.Queries.ReadAsync(new PostgresStorageKey(5)));
        AssertRow(PayloadA, 1, await _db.Queries.ReadAsync(new PostgresStorageKey(4, "left")));
    }

    [Fact]
    public async Task BatchedAndScalarWritesTakeTurnsOnOneRow()
    {
        var pack = new PostgresStorageKey(10);

        Assert.Equal(1, Assert.Single(await _writer.ExecuteAsync([Write(pack, null, PayloadA)])));
        Assert.Equal(2, await _db.Queries.WriteAsync(pack, 1, PayloadB));
        Assert.Equal(3, Assert.Single(await _writer.ExecuteAsync([Write(pack, 2, PayloadA)])));
        Assert.Null(await _db.Queries.WriteAsync(pack, 2, PayloadB));
        AssertRow(PayloadA, 3, await _db.Queries.ReadAsync(pack));
    }

    [Fact]
    public async Task AFailingBatchChangesNothingAndFailsEveryWriteInIt()
    {
        var pack = new PostgresStorageKey(20);
        await _db.Queries.WriteAsync(pack, null, PayloadA);
        // A NULL state name breaks OrleansStorage's NOT NULL constraint: the whole statement is refused.
        var broken = new PendingWrite(Key(new PostgresStorageKey(21)) with { GrainTypeString = null! }, null, PayloadB);

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            _writer.ExecuteAsync([Write(pack, 1, PayloadB), broken]));

        Assert.Equal(PostgresErrorCodes.NotNullViolation, error.SqlState);
        AssertRow(PayloadA, 1, await _db.Queries.ReadAsync(pack));
        Assert.Equal(["1"], await _db.StringsAsync("SELECT count(*) FROM OrleansStorage"));
    }

    [Fact]
    public async Task ConcurrentWritesShareStatements()
    {
        const int Packs = 2_000;
        var writes = Enumerable.Range(0, Packs)
            .Select(i => _writer.WriteAsync(Key(new PostgresStorageKey(1_000 + i)), null, PayloadA))
            .ToArray();

        Assert.All(await Task.WhenAll(writes), v => Assert.Equal(1, v));
        Assert.Equal(Packs, _writer.Writes);
        Assert.InRange(_writer.Batches, 1, Packs / 4);
        Assert.Equal([$"{Packs}"], await _db.StringsAsync("SELECT count(*) FROM OrleansStorage WHERE Version = 1"));
    }

    [Fact]
    public async Task TwinWritesOfOneGrainQueuedTogetherLetExactlyOneWin()
    {
        const int Twins = 8;
        var pack = new PostgresStorageKey(30);

        var first = await Task.WhenAll(Enumerable.Range(0, Twins)
            .Select(t => _writer.WriteAsync(Key(pack), null, [(byte)t])));
        var second = await Task.WhenAll(Enumerable.Range(0, Twins)
            .Select(t => _writer.WriteAsync(Key(pack), 1, [(byte)(t + Twins)])));

        Assert.Equal([1], first.Where(v => v is not null).Select(v => v!.Value));
        Assert.Equal([2], second.Where(v => v is not null).Select(v => v!.Value));
        var row = await _db.Queries.ReadAsync(pack);
        Assert.Equal(2, row!.Version);
        Assert.Equal(second.Select((v, t) => (v, t)).Single(p => p.v is not null).t + Twins, row.Payload![0]);
    }

    [Fact]
    public async Task AnUnreachableDatabaseFailsTheWritesInsteadOfHangingThem()
    {
        var port = FreePorts.Take(1)[0];
        await using var nowhere = NpgsqlDataSource.Create(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=nowhere;Timeout=5");
        var writer = Writer(nowhere);

        var writes = Enumerable.Range(0, 3)
            .Select(i => writer.WriteAsync(Key(new PostgresStorageKey(i)), null, PayloadA))
            .ToArray();

        foreach (var write in writes)
        {
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => write);
        }
    }

    [Fact]
    public async Task GrainsAreFoundByIndexEvenByPlansMadeWhileTheTableWasEmpty()
    {
        // One session throughout: PostgreSQL caches its plans per session, made for the table as it was then.
        await using var session = await _db.DataSource.OpenConnectionAsync();
        var packs = Enumerable.Range(0, 100).Select(i => new PostgresStorageKey(1_000_000 + i)).ToArray();
        for (var batch = 0; batch < 8; batch++)
        {
            await _writer.ExecuteAsync([.. packs.Select(p => Write(p with { Extension = $"{batch}" }, null, PayloadA))],
                session);
        }

        await using (var grow = new NpgsqlCommand("INSERT INTO OrleansStorage SELECT g, 0, g, 7, 'grown', NULL, " +
            "'s', NULL, now(), 1 FROM generate_series(1, 30000) g", session))
        {
            await grow.ExecuteNonQueryAsync();
        }

        await using var transaction = await session.BeginTransactionAsync();
        var versions = await _writer.ExecuteAsync(
            [.. packs.Select(p => Write(p with { Extension = "7" }, 1, PayloadB))], session);
        await using var scans = new NpgsqlCommand(
            "SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables WHERE relname = 'orleansstorage'", session);
        await using var reader = await scans.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        // The counts include the session's earlier statements until PostgreSQL flushes them, never fewer.
        Assert.All(versions, v => Assert.Equal(2, v));
        Assert.Equal(0, reader.GetInt64(0));
        Assert.True(reader.GetInt64(1) >= packs.Length, $"{reader.GetInt64(1)} index scans");
    }

    [Fact]
    public async Task ASchemaWithoutTheBatchQueryIsReportedAsOutdated()
    {
        await using (var drop = _db.DataSource.CreateCommand(
            $"DELETE FROM OrleansQuery WHERE QueryKey = '{PostgresWriteBatcher.QueryKey}'"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<PostgresSchemaOutdatedException>(() =>
            Writer(_db.DataSource).LoadQueryAsync(CancellationToken.None));

        Assert.Contains("batteryos db init", error.Message);
        Assert.Equal(PostgresWriteBatcher.QueryKey, error.MissingQueryKey);
    }

    private static PostgresWriteBatcher Writer(NpgsqlDataSource source) =>
        new(source, PostgresStorageKey.ServiceId, NullLogger<PostgresWriteBatcher>.Instance);

    private static StoredGrainKey Key(PostgresStorageKey key) =>
        new(key.GrainIdHash, 0, key.GrainIdN1, PostgresStorageKey.GrainTypeHash, PostgresStorageKey.GrainType,
            key.Extension);

    private static PendingWrite Write(PostgresStorageKey key, int? version, byte[] payload) =>
        new(Key(key), version, payload);

    private static void AssertRow(byte[] payload, int version, PostgresStoredRow? row)
    {
        Assert.NotNull(row);
        Assert.Equal(payload, row.Payload);
        Assert.Equal(version, row.Version);
    }
}
