using System.Diagnostics;
using BatteryOs.Testing;
using Npgsql;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>The stored write query's optimistic concurrency, run as Orleans runs it, with real twin writers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWriteQueryTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly byte[] PayloadA = [1, 2, 3];
    private static readonly byte[] PayloadB = [4, 5, 6, 7];

    private PostgresTestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await PostgresTestDatabase.CreateAsync(server, "write_queries");

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task FirstInsertReturnsVersionOne()
    {
        var pack = new PostgresStorageKey(1);

        Assert.Equal(1, await _db.Queries.WriteAsync(pack, null, PayloadA));
        AssertRow(PayloadA, 1, await _db.Queries.ReadAsync(pack));
    }

    [Fact]
    public async Task MatchingVersionReturnsNextVersion()
    {
        var pack = new PostgresStorageKey(2);
        await _db.Queries.WriteAsync(pack, null, PayloadA);

        Assert.Equal(2, await _db.Queries.WriteAsync(pack, 1, PayloadB));
        Assert.Equal(3, await _db.Queries.WriteAsync(pack, 2, PayloadA));
        AssertRow(PayloadA, 3, await _db.Queries.ReadAsync(pack));
    }

    [Fact]
    public async Task StaleVersionReturnsNullAndChangesNothing()
    {
        var pack = new PostgresStorageKey(3);
        await _db.Queries.WriteAsync(pack, null, PayloadA);
        await _db.Queries.WriteAsync(pack, 1, PayloadA);

        Assert.Null(await _db.Queries.WriteAsync(pack, 1, PayloadB));
        Assert.Null(await _db.Queries.WriteAsync(pack, null, PayloadB));
        AssertRow(PayloadA, 2, await _db.Queries.ReadAsync(pack));
    }

    [Fact]
    public async Task VersionForMissingRowReturnsNullAndInsertsNothing()
    {
        var pack = new PostgresStorageKey(4);

        Assert.Null(await _db.Queries.WriteAsync(pack, 4, PayloadA));
        Assert.Null(await _db.Queries.ReadAsync(pack));
    }

    [Fact]
    public async Task KeyExtensionSeparatesRows()
    {
        var plain = new PostgresStorageKey(5);
        var extended = plain with { Extension = "left" };

        Assert.Equal(1, await _db.Queries.WriteAsync(plain, null, PayloadA));
        Assert.Equal(1, await _db.Queries.WriteAsync(extended, null, PayloadB));
        Assert.Equal(2, await _db.Queries.WriteAsync(extended, 1, PayloadB));
        Assert.Equal(1, (await _db.Queries.ReadAsync(plain))!.Version);
        Assert.Equal(2, (await _db.Queries.ReadAsync(extended))!.Version);
    }

    [Fact]
    public async Task TwinFirstWriterWaitsForTheWinnerThenGetsNull()
    {
        var pack = new PostgresStorageKey(6);
        await using var winner = await _db.DataSource.OpenConnectionAsync();
        await using var transaction = await winner.BeginTransactionAsync();
        Assert.Equal(1, await _db.Queries.WriteAsync(pack, null, PayloadA, winner));

        var twin = _db.Queries.WriteAsync(pack, null, PayloadB);
        await WaitUntilBlockedByAsync(winner);
        Assert.False(twin.IsCompleted);
        await transaction.CommitAsync();

        Assert.Null(await twin);
        AssertRow(PayloadA, 1, await _db.Queries.ReadAsync(pack));
    }

    [Fact]
    public async Task TwinUpdaterWaitsForTheWinnerThenGetsNull()
    {
        var pack = new PostgresStorageKey(7);
        await _db.Queries.WriteAsync(pack, null, PayloadA);
        await using var winner = await _db.DataSource.OpenConnectionAsync();
        await using var transaction = await winner.BeginTransactionAsync();
        Assert.Equal(2, await _db.Queries.WriteAsync(pack, 1, PayloadB, winner));

        var twin = _db.Queries.WriteAsync(pack, 1, PayloadA);
        await WaitUntilBlockedByAsync(winner);
        await transaction.CommitAsync();

        Assert.Null(await twin);
        AssertRow(PayloadB, 2, await _db.Queries.ReadAsync(pack));
    }

    [Fact]
    public async Task ConcurrentTwinsFromOneVersionExactlyOneWinsEachRound()
    {
        const int Rounds = 20;
        const int Twins = 6;
        var pack = new PostgresStorageKey(8);
        for (var round = 0; round < Rounds; round++)
        {
            int? held = round == 0 ? null : round;
            var outcomes = await Task.WhenAll(Enumerable.Range(0, Twins)
                .Select(twin => Task.Run(() => _db.Queries.WriteAsync(pack, held, [(byte)twin]))));

            Assert.Equal([round + 1], outcomes.Where(v => v is not null).Select(v => v!.Value));
        }

        Assert.Equal(Rounds, (await _db.Queries.ReadAsync(pack))!.Version);
    }

    private static void AssertRow(byte[] payload, int version, PostgresStoredRow? row)
    {
        Assert.NotNull(row);
        Assert.Equal(payload, row.Payload);
        Assert.Equal(version, row.Version);
    }

    // Asks the server, not the clock, whether another session now waits on a lock this session holds.
    private async Task WaitUntilBlockedByAsync(NpgsqlConnection holder)
    {
        var clock = Stopwatch.StartNew();
        await using var command = _db.DataSource.CreateCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE @Holder = ANY (pg_blocking_pids(pid))");
        command.Parameters.AddWithValue("Holder", holder.ProcessID);
        while ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "The twin writer never waited for the lock.");
        }
    }
}
